import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// The loading screen shown while the corpus is read: golden text at 80x24, a too-small
/// terminal, the listing step, and a hostile corpus path.
@Suite struct LoadingViewTests {
  static let screen = LoadingScreen(
    corpusPath: "/srv/reports/mali", filesLoaded: 1_234, filesTotal: 10_000, elapsedSeconds: 12)

  func assertGolden(
    _ screen: LoadingScreen, name: String, width: Int, height: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let grid = LoadingView.render(screen, width: width, height: height)
    let failure = GoldenFile.check(
      GridSnapshot.text(grid), path: DashboardGoldens.directory + "/\(name).txt")
    #expect(failure == nil, "\(failure ?? "")", sourceLocation: sourceLocation)
  }

  @Test func progressAt80x24() {
    assertGolden(Self.screen, name: "loading-80x24", width: 80, height: 24)
  }

  @Test func progressAt120x40() {
    assertGolden(Self.screen, name: "loading-120x40", width: 120, height: 40)
  }

  @Test func tooSmallShowsOneWrappedLine() {
    assertGolden(Self.screen, name: "loading-too-small-20x5", width: 20, height: 5)
  }

  @Test func theConfiguredQuitKeyQuitsAndIsNamed() {
    let rebound = LoadingScreen(corpusPath: "/c", keys: KeyMap(KeyBindings(quit: "x")))
    #expect(rebound.quits(.character("x")))
    #expect(!rebound.quits(.character("q")))
    #expect(LoadingView.render(rebound, width: 80, height: 24).text.contains("x quits."))
    #expect(Self.screen.quits(.character("q")))
    let unbound = LoadingScreen(corpusPath: "/c", keys: KeyMap(KeyBindings(quit: "")))
    #expect(LoadingView.render(unbound, width: 80, height: 24).text.contains("Ctrl-C quits."))
  }

  @Test func listingBeforeTheCountIsKnown() {
    let grid = LoadingView.render(LoadingScreen(corpusPath: "/c"), width: 80, height: 24)
    let text = grid.text
    #expect(text.contains("loading reports: listing files"))
    #expect(text.contains("elapsed 0 s"))
  }

  @Test func theCountsAndElapsedTimeAreShown() {
    let grid = LoadingView.render(Self.screen, width: 80, height: 24)
    let text = grid.text
    #expect(text.contains("loading reports: 1234 of 10000 files"))
    #expect(text.contains("elapsed 12 s"))
    #expect(text.contains("corpus /srv/reports/mali"))
  }

  @Test func aHostilePathIsNeutralisedAndALongOneKeepsItsEnd() {
    let hostile = "/tmp/\u{1B}[2J\u{202E}evil/" + String(repeating: "x", count: 200) + "/end"
    let grid = LoadingView.render(LoadingScreen(corpusPath: hostile), width: 80, height: 24)
    for row in 0..<grid.height {
      for column in 0..<grid.width {
        let scalars = grid[row, column].text.unicodeScalars
        #expect(!scalars.contains { $0.value < 0x20 || $0.value == 0x202E })
      }
    }
    let text = grid.text
    #expect(text.contains("x/end"))
  }

  @Test func theBottomRightCellIsNeverWritten() {
    for (width, height) in [(80, 24), (20, 5), (1, 1), (39, 7)] {
      let grid = LoadingView.render(Self.screen, width: width, height: height)
      #expect(grid[height - 1, width - 1] == .blank)
    }
  }
}
