import Foundation
import Testing
import WatchfloorTestSupport

/// The corpus folder deleted or renamed under a running dashboard: a banner, the last good data
/// stays on screen, and the dashboard recovers by itself when the folder is back. Waits are
/// bounded polls of the screen (the watcher looks for a missing folder once a second).
@Suite(
  .enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"),
  .serialized)
struct CorpusFolderLossTests {
  /// "19 reports · 47 incidents" from the header's first line.
  private func counts(_ screen: String) -> String? {
    guard let match = screen.range(of: "[0-9]+ reports? · [0-9]+ incidents?", options: .regularExpression)
    else { return nil }
    return String(screen[match])
  }

  private func hasBanner(_ screen: String) -> Bool {
    screen.contains("FOLDER MISSING since ")
      && screen.range(
        of: "corpus folder missing since [0-9]{2}:[0-9]{2}:[0-9]{2}; showing last good",
        options: .regularExpression) != nil
  }

  @Test func deletedFolderShowsABannerKeepsTheDataAndRecoversWhenRecreated() throws {
    let dashboard = try DashboardHarness(width: 140, height: 40)
    let first = try dashboard.startAndWaitForFirstFrame()
    let shownCounts = try #require(counts(first))
    #expect(first.contains("Ménaka"))

    try FileManager.default.removeItem(atPath: dashboard.corpus.path)
    let missing = try dashboard.tmux.waitFor("the folder-missing banner") { hasBanner($0) }
    #expect(counts(missing) == shownCounts)  // last good data, nothing dropped
    #expect(missing.contains("Ménaka"))
    #expect(!missing.contains("watching"))

    try FileManager.default.copyItem(atPath: FixturePaths.fixtures, toPath: dashboard.corpus.path)
    let back = try dashboard.tmux.waitFor("recovery after the folder is recreated") {
      !hasBanner($0) && $0.contains("corpus folder back at ") && $0.contains("watching")
    }
    #expect(counts(back) == shownCounts)

    // Followed again: a change in the recreated folder shows.
    try FileManager.default.removeItem(atPath: dashboard.corpus.path + "/alerts")
    let reloaded = try dashboard.tmux.waitFor("the recreated folder being watched") {
      counts($0) != shownCounts && $0.contains("reloaded ")
    }
    #expect(!hasBanner(reloaded))

    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
  }

  @Test func folderRenamedAwayAndBackRecoversWithTheSameData() throws {
    let dashboard = try DashboardHarness(width: 140, height: 40)
    let first = try dashboard.startAndWaitForFirstFrame(["--poll", "1"])
    let shownCounts = try #require(counts(first))
    let away = dashboard.corpus.path + "-away"

    #expect(rename(dashboard.corpus.path, away) == 0)
    let missing = try dashboard.tmux.waitFor("the folder-missing banner") { hasBanner($0) }
    #expect(counts(missing) == shownCounts)

    #expect(rename(away, dashboard.corpus.path) == 0)
    let back = try dashboard.tmux.waitFor("recovery after the folder is back") {
      !hasBanner($0) && $0.contains("corpus folder back at ") && $0.contains("polling 1s")
    }
    #expect(counts(back) == shownCounts)

    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
  }
}
