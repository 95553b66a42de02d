import Foundation
import Testing
import WatchfloorTestSupport

/// The diagnostics log failing (disk full, a path that cannot be created): one warning on the
/// status line, and the dashboard keeps running.
@Suite(
  .enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"),
  .serialized)
struct LogFailureTests {
  @Test func fullDiskDisablesTheLogWithOneWarningAndTheDashboardRuns() throws {
    let dashboard = try DashboardHarness(width: 140, height: 40)
    let first = try dashboard.startAndWaitForFirstFrame(["--log-file", "/dev/full"])
    // (The debug frame counter covers the last cells of the status line.)
    #expect(first.contains("log disabled: No space left on"))
    let frame = try #require(DashboardHarness.frameNumber(in: first))
    // Still drawing: a key gives a new frame.
    let moved = try dashboard.press("j", after: frame)
    #expect(moved.frame > frame)
    #expect(moved.screen.contains("WATCHFLOOR"))
    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
  }

  @Test func logPathThatCannotBeOpenedIsNamedOnTheStatusLine() throws {
    let dashboard = try DashboardHarness(width: 140, height: 40)
    let blocker = dashboard.corpus.path + "-state-file"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    defer { try? FileManager.default.removeItem(atPath: blocker) }
    let first = try dashboard.startAndWaitForFirstFrame(["--log-file", blocker + "/watchfloor.log"])
    #expect(first.contains("log disabled: cannot open log "))
    #expect(first.contains("-state-file/watchfloor.log: Not a dir"))
    try dashboard.tmux.send("q")
    #expect(try dashboard.waitForExit().code == 0)
  }
}

/// The inotify watch limit reached: the dashboard falls back to polling and says why.
/// `WATCHFLOOR_DEBUG_WATCH_LIMIT` makes inotify behave as if the kernel limit were that many
/// directories (raising the real limit would affect every process on the machine).
@Suite(
  .enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"),
  .serialized)
struct WatchLimitFallbackTests {
  @Test func watchLimitMeansPollingWithAStatusMessageAndChangesStillShow() throws {
    let dashboard = try DashboardHarness(
      width: 160, height: 40, environment: ["WATCHFLOOR_DEBUG_WATCH_LIMIT": "1"])
    let first = try dashboard.startAndWaitForFirstFrame()
    #expect(first.contains("polling 2s"))
    #expect(first.contains("polling every 2 s (inotify watch limit reached at "))
    let report = """
      22 Nov 2024 | 09:00 AM UTC
      Mali: Attack near Anefis, Kidal region, Nov. 21
      Event
      Gunmen attacked an army patrol near Anefis in Kidal region on Nov. 21, killing four soldiers.

      """
    try report.write(
      toFile: dashboard.corpus.path + "/alerts/alert-2024-11-22-anefis.txt", atomically: true,
      encoding: .utf8)
    let polled = try dashboard.tmux.waitFor("the new report through polling") {
      $0.contains("Anefis") && $0.contains("reloaded 1 file at")
    }
    #expect(polled.contains("polling 2s"))
    try dashboard.tmux.send("q")
    #expect(try dashboard.waitForExit().code == 0)
  }
}
