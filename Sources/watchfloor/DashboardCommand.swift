import ArgumentParser
import Glibc
import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI

/// `watchfloor dashboard` (the default): the ncurses dashboard.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the terminal dashboard (the default command).",
    discussion: """
      Keys: Tab/Shift-Tab focus, arrows or h/j/k/l move, 1-9 region, a all regions, Enter detail, \
      Esc back, / filter, r reload, ? help, q quit. Needs a terminal; for scripts use \
      `watchfloor summary` or `watchfloor incidents`.
      """
  )

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var configOptions: ConfigOptions

  @OptionGroup var asOfOptions: AsOfOptions

  @Option(
    name: .long, help: "Regions with their own pane, comma-separated (default: Gao,Ménaka,Mopti,Kidal).",
    transform: { $0.split(separator: ",").map { String($0).trimmingSpaces } })
  var regions: [String]?

  @Flag(name: .long, help: "Monochrome (also when NO_COLOR is set).")
  var noColor = false

  @Flag(name: .long, help: "Draw with ASCII characters only.")
  var ascii = false

  @Option(
    name: .long,
    help: "Diagnostics log (default: $XDG_STATE_HOME/watchfloor/watchfloor.log).",
    completion: .file())
  var logFile: String?

  func run() throws {
    let started = ContinuousClock.now
    let environment = ProcessEnvironment.current
    do {
      try TerminalScreen.checkUsable(environment: environment)
    } catch {
      StandardError.line(error.description)
      throw ExitCode(2)
    }
    let log = DiagnosticLog(path: logFile ?? DiagnosticLog.defaultPath(environment: environment))
    let settings = try configOptions.loadConfig()
    let watched = try resolveRegions(default: settings.regions)
    guard let root = resolvedCorpusPath(environment: environment, configured: settings.corpus) else {
      StandardError.line("watchfloor: no corpus: pass --corpus DIR or set WATCHFLOOR_CORPUS")
      throw ExitCode(2)
    }
    let loader = DashboardLoader(
      root: root, watched: watched, asOf: asOfChoice(), risk: settings.risk)
    var first: Corpus
    do {
      first = try loader.load()
    } catch {
      StandardError.line("watchfloor: " + SafeText.singleLine(error.description))
      throw ExitCode(2)
    }
    log?.log(
      "start: corpus \(root), \(first.reports.count) reports, \(first.skipped.count) skipped, "
        + "loaded after \(started.duration(to: .now))")

    let configuration = TerminalScreen.Configuration(
      noColor: noColor, forceASCII: ascii, environment: environment)
    let session: DashboardSession
    do {
      session = try DashboardSession(configuration: configuration) { capabilities in
        log?.log(
          "terminal: TERM=\(environment["TERM"] ?? "") colors=\(capabilities.colors) "
            + "(\(capabilities.colorCount)) unicode=\(capabilities.unicode)")
        return loader.makeState(corpus: first, capabilities: capabilities)
      }
    } catch let error as TerminalError {
      StandardError.line(error.description)
      throw ExitCode(2)
    }
    first = Corpus(root: root, reports: [], skipped: [])  // the state holds the data now
    session.showsFrameCounter = environment["WATCHFLOOR_FRAME_COUNTER"].map { !$0.isEmpty } ?? false
    let crashAfterFirstFrame = environment["WATCHFLOOR_DEBUG_CRASH"] == "after-first-frame"
    session.afterFrame = { frame in
      if frame == 1 { log?.log("first frame after \(started.duration(to: .now))") }
      if crashAfterFirstFrame { fatalError("crash requested by WATCHFLOOR_DEBUG_CRASH") }
    }
    session.onReload = { session in
      do {
        let corpus = try loader.load()
        let data = loader.makeData(corpus: corpus)
        session.update { $0.replaceData(data, reloadedFiles: corpus.reports.count, at: ClockTime.now()) }
        log?.log("reload: \(corpus.reports.count) reports")
      } catch {
        session.update { $0.setStatus("reload failed: " + SafeText.singleLine("\(error)")) }
        log?.log("reload failed: \(error)")
      }
    }
    let exitCode: Int32
    do {
      exitCode = try session.run()
    } catch {
      StandardError.line(error.description)
      throw ExitCode(1)
    }
    log?.log("exit \(exitCode) after \(session.frameCount) frames")
    if exitCode != 0 { throw ExitCode(exitCode) }
  }

  /// `--as-of DAY`, `--now`, else the newest report's date.
  private func asOfChoice() -> AsOfChoice {
    if let day = asOfOptions.asOf { return .fixed(day) }
    return asOfOptions.now ? .today(AsOf.todayUTC()) : .newestReport
  }

  /// The watched regions in canonical spelling; an unknown name is a usage error.
  private func resolveRegions(default configured: [Region]) throws -> [Region] {
    guard let regions else { return configured }
    let catalog = RegionCatalog.bundled
    return try regions.filter { !$0.isEmpty }.map { name in
      guard let region = catalog.region(named: name) else {
        throw ValidationError("unknown region '\(SafeText.singleLine(name))' in --regions")
      }
      return region
    }
  }

  /// `--corpus`, else `$WATCHFLOOR_CORPUS`, else the config's `corpus`, else `./Fixtures`.
  private func resolvedCorpusPath(environment: [String: String], configured: String?) -> String? {
    let fromEnvironment = environment["WATCHFLOOR_CORPUS"].map { !$0.isEmpty } ?? false
    if corpusOptions.corpus == nil, !fromEnvironment, let configured { return configured }
    return corpusOptions.resolvedPath(environment: environment)
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
