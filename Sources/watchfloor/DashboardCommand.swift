import ArgumentParser
import Glibc
import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI
@_spi(Testing) import WatchfloorWatch

/// `watchfloor dashboard` (the default): the ncurses dashboard.
struct DashboardCommand: ParsableCommand {
  /// How long the folder must be quiet before a change reaches the screen. Short, so one
  /// saved report shows within the 50 ms target; a copy of many files still arrives in a few
  /// batches because the coalescer also caps the wait at 1 s.
  static let quietPeriod: Duration = .milliseconds(30)
  /// The quiet period while one file alone has changed (a report saved): nothing to coalesce
  /// it with, so it reaches the screen sooner. An editor's atomic save names two files (the
  /// temporary and the report) within microseconds and so waits the full ``quietPeriod``.
  static let singleChangeQuietPeriod: Duration = .milliseconds(8)
  /// A corpus that loads within this time after the terminal opens shows its data as the first
  /// frame, without a flash of the loading screen.
  static let loadingFrameHold: Duration = .milliseconds(50)

  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the terminal dashboard (the default command).",
    discussion: """
      Keys: Tab/Shift-Tab focus, arrows or h/j/k/l move, 1-9 region, a all regions, Enter detail, \
      Esc back, / filter, r reload, ? help, q quit (the config file's [keys] can rebind \
      a / r ? q w). Needs a terminal; for scripts use \
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

  @Option(name: .customLong("poll"), help: "Poll the corpus every SECONDS instead of using inotify.")
  var pollSeconds: Double?

  @Flag(name: .customLong("no-watch"), help: "Do not follow changes to the corpus folder.")
  var noWatch = false

  func validate() throws {
    if let pollSeconds, !(pollSeconds > 0 && pollSeconds <= 86_400) {
      throw ValidationError("--poll must be a number of seconds between 0 and 86400.")
    }
  }

  func run() throws {
    let started = ContinuousClock.now
    let environment = ProcessEnvironment.current
    do {
      try TerminalScreen.checkUsable(environment: environment)
    } catch {
      StandardError.line(error.description)
      throw ExitCode(2)
    }
    let (log, logProblem) = openLog(environment: environment)
    let settings = try configOptions.loadConfig()
    let watched = try resolveRegions(default: settings.regions)
    guard let root = resolvedCorpusPath(environment: environment, configured: settings.corpus) else {
      StandardError.line("watchfloor: no corpus: pass --corpus DIR or set WATCHFLOOR_CORPUS")
      throw ExitCode(2)
    }
    let loader = DashboardLoader(
      root: root, watched: watched, asOf: asOfChoice(), risk: settings.risk, colors: settings.colors,
      keys: settings.keys)
    let configuration = TerminalScreen.Configuration(
      noColor: noColor, forceASCII: ascii, environment: environment)
    // The terminal opens first and shows the loading screen; the corpus loads on its own
    // thread (started after the session blocked the signals, so the thread inherits the mask).
    let session: DashboardSession
    let load: BackgroundCorpusLoad
    do {
      load = try BackgroundCorpusLoad()
      session = try DashboardSession(
        configuration: configuration, loading: LoadingScreen(corpusPath: root, keys: KeyMap(settings.keys)),
        holdingFirstFrameFor: Self.loadingFrameHold)
    } catch let error as TerminalError {
      StandardError.line(error.description)
      throw ExitCode(2)
    } catch {
      StandardError.line("watchfloor: " + SafeText.singleLine("\(error)"))
      throw ExitCode(2)
    }
    let capabilities = session.screen.capabilities
    log?.log(
      "terminal: TERM=\(environment["TERM"] ?? "") colors=\(capabilities.colors) "
        + "(\(capabilities.colorCount)) unicode=\(capabilities.unicode)")
    session.updateLoading { $0.unicode = capabilities.unicode }
    let corpusLoader = corpusOptions.loader(cacheConfigured: settings.cache)
    let pollInterval = pollSeconds.map { Duration.milliseconds(Int64(($0 * 1000).rounded(.up))) }
    let (watch, watchLimit) = (!noWatch, environment["WATCHFLOOR_DEBUG_WATCH_LIMIT"].flatMap { Int($0) })
    load.start { progress throws(CorpusError) in
      // The store loads the corpus and keeps it in step with the folder (live reload).
      let follower = try CorpusFollower(
        root: root, loader: corpusLoader, clock: ContinuousClock(), pollInterval: pollInterval, watch: watch,
        quietPeriod: Self.quietPeriod, singleChangeQuietPeriod: Self.singleChangeQuietPeriod,
        simulatedWatchLimit: watchLimit, progress: progress)
      _ = follower.catchUp()  // changes made while the corpus was loading
      let corpus = follower.store.corpus
      var data = loader.makeData(corpus: corpus)
      // Reloads tell the previous reports: holding the store's list would make its first
      // update copy it.
      data.releaseReportList()
      return BackgroundCorpusLoad.Loaded(
        follower: follower, data: data, reportCount: corpus.reports.count,
        skippedCount: corpus.skipped.count)
    }
    var loadFailure: String?
    DashboardLoading.follow(load, in: session, started: started) { outcome in
      switch outcome {
      case .success(let loaded):
        log?.log(
          "start: corpus \(root), \(loaded.reportCount) reports, \(loaded.skippedCount) skipped, "
            + "loaded after \(started.duration(to: .now))")
        session.showDashboard(loader.makeState(data: loaded.data, capabilities: capabilities))
        if let cache = corpusLoader.cache?.lastReport {
          log?.log(SafeText.singleLine(cache.summary))
          if let warning = cache.warning { session.update { $0.setStatus(SafeText.singleLine(warning)) } }
        }
        DashboardLiveReload.attach(loaded.follower, to: session, log: log)
      case .failure(let error):
        loadFailure = "watchfloor: " + SafeText.singleLine(error.description)
        session.loop.stop(exitCode: 2)
      }
    }
    session.showsFrameCounter = environment["WATCHFLOOR_FRAME_COUNTER"].map { !$0.isEmpty } ?? false
    let crashAfterFirstFrame = environment["WATCHFLOOR_DEBUG_CRASH"] == "after-first-frame"
    // One log line per frame with the wall clock, for write-to-frame measurements
    // (scripts/bench/reload-latency.py).
    let logsFrames = environment["WATCHFLOOR_FRAME_LOG"].map { !$0.isEmpty } ?? false
    var dataFrameLogged = false
    session.afterFrame = { [unowned session] frame in
      if frame == 1 { log?.log("first frame after \(started.duration(to: .now))") }
      if !dataFrameLogged, !session.isLoading {
        dataFrameLogged = true
        log?.log("first data frame (frame \(frame)) after \(started.duration(to: .now))")
      }
      if logsFrames {
        let (render, paint) = session.lastFrameTiming
        log?.log(
          "frame \(frame) painted at \(TimingText.wallClockNow()) (render "
            + "\(TimingText.milliseconds(render)), paint \(TimingText.milliseconds(paint)))")
      }
      if crashAfterFirstFrame { fatalError("crash requested by WATCHFLOOR_DEBUG_CRASH") }
    }
    // A log that cannot be written never stops the dashboard: one warning, then no log.
    if let problem = logProblem.value ?? log?.disabledReason.map({ "log disabled: \($0)" }) {
      session.update { $0.setStatus(problem) }
    }
    log?.onDisabled = { [unowned session] reason in
      session.update { $0.setStatus("log disabled: \(reason)") }
    }
    let exitCode: Int32
    do {
      exitCode = try session.run()
    } catch {
      StandardError.line(error.description)
      throw ExitCode(1)
    }
    if let loadFailure {
      StandardError.line(loadFailure)
      log?.log("exit 2: \(loadFailure)")
      throw ExitCode(2)
    }
    log?.log(
      "exit \(exitCode) after \(session.frameCount) frames" + (session.isLoading ? " (while loading)" : ""))
    // Quitting while loading abandons the load: a normal exit would wait for the loading
    // threads (exit handlers block on them), so end at once; the terminal is restored already.
    if session.isLoading {
      fflush(nil)
      _exit(exitCode)
    }
    if exitCode != 0 { throw ExitCode(exitCode) }
  }

  /// Opens `--log-file` (or the default log); when it cannot be opened, or a write fails before
  /// the screen is up, the returned box holds the warning for the status line.
  private func openLog(environment: [String: String]) -> (DiagnosticLog?, WarningBox) {
    let path = logFile ?? DiagnosticLog.defaultPath(environment: environment)
    let problem = WarningBox()
    switch DiagnosticLog.opening(path: path) {
    case .success(let log):
      log.onDisabled = { problem.value = "log disabled: \($0)" }
      return (log, problem)
    case .failure(let error):
      problem.value = "log disabled: " + SafeText.singleLine(error.description)
      return (nil, problem)
    }
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
