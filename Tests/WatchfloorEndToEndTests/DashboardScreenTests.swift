import Foundation
import Testing
import WatchfloorTestSupport

/// What the real binary shows in tmux on a copy of Fixtures/: panes, keys, help, resize,
/// colours, ASCII and locale fallbacks, reload.
@Suite(.enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"))
struct DashboardScreenTests {
  static let watchedRegions = ["Gao", "Ménaka", "Mopti", "Kidal", "Other"]

  @Test func theMainScreenShowsHeaderPanesAndRegionNames() throws {
    let dashboard = try DashboardHarness(width: 80, height: 24)
    let screen = try dashboard.startAndWaitForFirstFrame()
    #expect(screen.contains("WATCHFLOOR"))
    #expect(screen.contains("19 reports"))
    for pane in ["Regions", "Incidents", "Advisory"] { #expect(screen.contains("─ \(pane)"), "\(pane)") }
    for region in Self.watchedRegions { #expect(screen.contains(region), "\(region)") }
    try quit(dashboard)
  }

  @Test func movingDownSelectsTheNextIncident() throws {
    let dashboard = try DashboardHarness()
    let first = try dashboard.startAndWaitForFirstFrame()
    // The total depends on the extractor; the position is what this test is about.
    let total = try #require(first.firstMatch(of: #/1\/(\d+) /#)).1
    #expect(Int(total)! > 1)
    let moved = try dashboard.press("j", after: DashboardHarness.frameNumber(in: first)!)
    #expect(moved.screen.contains("2/\(total) "))
    let back = try dashboard.press("k", after: moved.frame)
    #expect(back.screen.contains("1/\(total) "))
    try quit(dashboard)
  }

  @Test func helpOpensWithQuestionMarkAndClosesWithEscape() throws {
    let dashboard = try DashboardHarness()
    let first = try dashboard.startAndWaitForFirstFrame()
    #expect(!first.contains("Help"))
    let help = try dashboard.press("?", after: DashboardHarness.frameNumber(in: first)!)
    #expect(help.screen.contains("Help"))
    #expect(help.screen.contains("reload the corpus now"))
    let closed = try dashboard.press("Escape", after: help.frame)
    #expect(!closed.screen.contains("Help"))
    #expect(closed.screen.contains("─ Regions"))
    try quit(dashboard)
  }

  @Test func resizingReflowsAndShowsTheTooSmallMessage() throws {
    let dashboard = try DashboardHarness(width: 80, height: 24)
    try dashboard.startAndWaitForFirstFrame()

    try dashboard.tmux.resize(width: 120, height: 40)
    let large = try dashboard.tmux.waitFor("the layout at 120x40") { screen in
      screen.split(separator: "\n").contains { $0.hasPrefix("┌─ Regions") && $0.count == 120 }
    }
    for region in Self.watchedRegions { #expect(large.contains(region), "\(region)") }

    try dashboard.tmux.resize(width: 50, height: 12)
    try dashboard.tmux.waitFor(text: "terminal too small: need 60x16, have 50x12")

    try dashboard.tmux.resize(width: 80, height: 24)
    let back = try dashboard.tmux.waitFor("the layout at 80x24 again") { screen in
      screen.split(separator: "\n").contains { $0.hasPrefix("┌─ Regions") && $0.count == 80 }
    }
    #expect(!back.contains("terminal too small"))
    try quit(dashboard)
  }

  @Test func coloursAreUsedUnlessNoColorIsSet() throws {
    let colored = try DashboardHarness()
    try colored.startAndWaitForFirstFrame()
    #expect(try Self.hasColourEscapes(colored.tmux.capture(escapes: true)))
    try quit(colored)

    let monochrome = try DashboardHarness(environment: ["NO_COLOR": "1"])
    try monochrome.startAndWaitForFirstFrame()
    let screen = try monochrome.tmux.capture(escapes: true)
    #expect(!Self.hasColourEscapes(screen))
    #expect(screen.contains("Extreme"), "levels are written as text")
    try quit(monochrome)
  }

  @Test func asciiDrawsBoxesWithPlainCharacters() throws {
    let dashboard = try DashboardHarness()
    let screen = try dashboard.startAndWaitForFirstFrame(["--ascii"])
    #expect(screen.contains("+- Regions"))
    #expect(!screen.contains("┌"))
    #expect(screen.contains("Ménaka"))
    try quit(dashboard)
  }

  @Test func aNonUTF8LocaleStillShowsAccentedNamesWithASCIIBoxes() throws {
    let dashboard = try DashboardHarness(environment: ["LANG": "C"])
    let screen = try dashboard.startAndWaitForFirstFrame()
    #expect(screen.contains("Ménaka"))
    #expect(screen.contains("+- Regions"))
    try quit(dashboard)
  }

  /// `r` rescans the folder. Watching is off, so the new report can only come from `r` (with
  /// the watcher on it may arrive first, and the frame after `r` would prove nothing).
  @Test func reloadReadsNewReports() throws {
    let dashboard = try DashboardHarness()
    // The first data frame, stamp and all (tmux may capture a frame half painted, with the
    // header's report count on screen but not yet the frame number on the last row).
    let first = try dashboard.startAndWaitForFirstFrame(["--no-watch"])
    #expect(first.contains("19 reports"))
    let report = """
      ALERT — Gao — 21 November 2024

      Event: Unidentified gunmen attacked a market near Ansongo, killing two traders.

      Advice: Avoid road travel south of Gao.
      """
    try report.write(
      toFile: dashboard.corpus.path + "/alerts/alert-2024-11-21-gao-market.txt", atomically: true,
      encoding: .utf8)
    let reloaded = try dashboard.press("r", after: DashboardHarness.frameNumber(in: first)!)
    #expect(reloaded.screen.contains("20 reports"))
    #expect(reloaded.screen.contains("reloaded 1 file at"))
    try quit(dashboard)
  }

  /// An SGR sequence setting a foreground or background colour.
  static func hasColourEscapes(_ screen: String) -> Bool {
    screen.range(of: "\u{1B}\\[[0-9;]*(3[0-7]|38;5;[0-9]+|4[0-7])m", options: .regularExpression) != nil
  }

  private func quit(_ dashboard: DashboardHarness) throws {
    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
    #expect(exit.paneModesNormal)
  }
}
