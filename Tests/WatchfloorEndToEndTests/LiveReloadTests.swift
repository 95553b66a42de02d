import Foundation
import Testing
import WatchfloorTestSupport

/// Live reload in a real terminal: the dashboard follows the corpus folder while the officer's
/// selection stays on the same incident. Waits are bounded polls of the screen (10 s at most;
/// the reload itself takes about 0.2 s).
@Suite(
  .enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"),
  .serialized)
struct LiveReloadTests {
  private let report = """
    22 Nov 2024 | 09:00 AM UTC
    Mali: Attack near Anefis, Kidal region, Nov. 21
    Gunmen attack a patrol near Anefis; four soldiers killed.
    Event
    Gunmen attacked an army patrol near Anefis in Kidal region on Nov. 21, killing four soldiers, \
    local sources said.
    Context
    Anefis lies on the road between Gao and Kidal.
    Advice
    Avoid road travel around Anefis.

    """

  /// The "row/total" counter at the bottom right of the incidents pane.
  private func counter(_ screen: String) -> String? {
    guard let match = screen.range(of: "[0-9]+/[0-9]+ ─", options: .regularExpression) else {
      return nil
    }
    return String(screen[match].dropLast(2))
  }

  @Test func newEditedAndDeletedReportsShowWithoutMovingTheSelection() throws {
    let dashboard = try DashboardHarness(width: 140, height: 40)
    let first = try dashboard.startAndWaitForFirstFrame()
    #expect(first.contains("19 reports"))
    #expect(first.contains("watching"))
    try dashboard.tmux.send("j")
    try dashboard.tmux.send("j")
    let selected = try dashboard.tmux.waitFor("the third row") { counter($0)?.hasPrefix("3/") == true }
    let selectedCounter = try #require(counter(selected))
    let (row, total) = try #require(
      selectedCounter.split(separator: "/").compactMap { Int($0) }.pairIfTwo)

    // A new report naming Kidal: it shows, the status line says so, the selection follows
    // its incident (two newer incidents now sit above it).
    let path = dashboard.corpus.path + "/alerts/alert-2024-11-22-kidal-anefis.txt"
    try report.write(toFile: path, atomically: false, encoding: .utf8)
    let expected = "\(row + 2)/\(total + 2)"
    let added = try dashboard.tmux.waitFor("the new report, selection at \(expected)") {
      $0.contains("20 reports") && $0.contains("reloaded 1 file at") && counter($0) == expected
    }
    #expect(added.contains("reloaded 1 file at"))
    #expect(added.contains("Anefis"))
    #expect(added.contains("2024-11-22"))
    #expect(added.contains("+2 new"))

    // A vim-style atomic save (write a temp file, rename it over the report): one edit.
    let edited = report.replacingOccurrences(of: "four soldiers", with: "six soldiers")
    try edited.write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
    #expect(rename(path + ".tmp", path) == 0)
    let saved = try dashboard.tmux.waitFor("the edit, selection at \(expected)") { screen in
      screen.split(separator: "\n").contains { $0.contains("Anefis") && $0.contains("  6 ") }
        && counter(screen) == expected
    }
    #expect(saved.contains("20 reports"))

    // Deleting it removes its incidents; the selection is back where it was.
    try FileManager.default.removeItem(atPath: path)
    let removed = try dashboard.tmux.waitFor("the deletion, selection at \(selectedCounter)") {
      $0.contains("19 reports") && counter($0) == selectedCounter
    }
    // Its incidents (21-22 Nov) are gone; the Fixtures have an older Anefis incident of their own.
    #expect(!removed.split(separator: "\n").contains { $0.contains("Anefis") && $0.contains("2024-11-2") })

    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
  }

  @Test func noWatchSaysSoAndPollingIsShown() throws {
    let dashboard = try DashboardHarness(width: 140, height: 40)
    let first = try dashboard.startAndWaitForFirstFrame(["--no-watch"])
    #expect(first.contains("watching off"))
    try dashboard.tmux.send("q")
    #expect(try dashboard.waitForExit().code == 0)

    let polling = try DashboardHarness(width: 140, height: 40)
    let screen = try polling.startAndWaitForFirstFrame(["--poll", "1"])
    #expect(screen.contains("polling 1s"))
    try polling.tmux.send("q")
    #expect(try polling.waitForExit().code == 0)
  }
}

extension Array {
  fileprivate var pairIfTwo: (Element, Element)? { count == 2 ? (self[0], self[1]) : nil }
}
