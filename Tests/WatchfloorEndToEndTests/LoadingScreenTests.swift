import Foundation
import Testing
import WatchfloorTestSupport

/// The dashboard opens the terminal before the corpus is loaded: a loading screen with
/// progress comes first, then the dashboard; `q` while loading exits cleanly.
@Suite(.enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"))
struct LoadingScreenTests {
  /// Enough small reports that loading takes well over the 50 ms the dashboard waits before
  /// showing the loading screen (a debug build reads a few hundred files a second).
  static let reportCount = 1_500

  /// The dashboard started on a fresh generated corpus, once the loading screen is up. The
  /// corpus folder lives as long as the returned value.
  static func dashboardWhileLoading() throws -> (GeneratedCorpus, DashboardHarness) {
    let corpus = try GeneratedCorpus(reports: reportCount)
    let dashboard = try DashboardHarness()
    try dashboard.start(corpus: corpus.path)
    try dashboard.tmux.waitFor(text: "loading reports:", timeout: .seconds(30))
    return (corpus, dashboard)
  }

  @Test func theLoadingScreenComesFirstThenTheDashboard() throws {
    let corpus = try GeneratedCorpus(reports: Self.reportCount)
    let dashboard = try DashboardHarness()
    try dashboard.start(corpus: corpus.path)
    let loading = try dashboard.tmux.waitFor(text: "loading reports:", timeout: .seconds(30))
    #expect(loading.contains("of \(Self.reportCount) files") || loading.contains("listing files"))
    #expect(loading.contains("corpus " + corpus.path))
    #expect(DashboardHarness.frameNumber(in: loading) == nil, "a loading frame is not a data frame")

    let data = try dashboard.tmux.waitFor("the dashboard", timeout: .seconds(120)) {
      DashboardHarness.frameNumber(in: $0) != nil
    }
    #expect(data.contains("\(Self.reportCount) reports"))
    #expect(!data.contains("loading reports:"))
    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
  }

  @Test func quittingWhileLoadingExitsZeroWithTheTerminalRestored() throws {
    let (corpus, dashboard) = try Self.dashboardWhileLoading()
    defer { withExtendedLifetime(corpus) {} }
    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
    #expect(exit.paneModesNormal)
    #expect(exit.promptBack, "\(exit.screen)")
  }

  @Test func resizingWhileLoadingRepaintsAtTheNewSize() throws {
    let (corpus, dashboard) = try Self.dashboardWhileLoading()
    defer { withExtendedLifetime(corpus) {} }
    // Below 40x8 the loading screen is one wrapped line ("N/M files, T s"); loading 1,500 files
    // takes seconds, a repaint milliseconds.
    try dashboard.tmux.resize(width: 30, height: 6)
    let small = try dashboard.tmux.waitFor(text: "/\(Self.reportCount)", timeout: .seconds(30))
    #expect(!small.contains("The dashboard opens when"))
    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
  }

  @Test func sigtermWhileLoadingExits143WithTheTerminalRestored() throws {
    let (corpus, dashboard) = try Self.dashboardWhileLoading()
    defer { withExtendedLifetime(corpus) {} }
    let program = try dashboard.tmux.waitForProcess(named: "watchfloor")
    #expect(kill(program, SIGTERM) == 0)
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 143)
    #expect(exit.terminalRestored)
    #expect(exit.paneModesNormal)
  }
}

/// A temporary corpus of `reports` short alerts written in the test, removed when released.
final class GeneratedCorpus {
  let path: String

  init(reports: Int) throws {
    var template = Array((NSTemporaryDirectory() + "/watchfloor-loading-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    path = String(cString: made)
    let places = ["Gao", "Ménaka", "Mopti", "Kidal", "Ségou"]
    for index in 0..<reports {
      let day = 1 + index % 28
      let place = places[index % places.count]
      let text = """
        \(String(format: "%02d", day)) Mar 2024 | 09:00 AM UTC
        Mali: Gunmen attack a market near \(place), Mar. \(day)
        Event
        Unidentified gunmen attacked a weekly market near \(place) on Mar. \(day); \(index % 4) civilians were killed.
        Advice
        Avoid travel outside the town.

        """
      try text.write(
        toFile: path + "/alert-\(String(format: "%05d", index)).txt", atomically: false, encoding: .utf8)
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
