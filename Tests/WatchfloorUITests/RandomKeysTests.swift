import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// Random key sequences at random sizes: never a crash, never a control character in the grid,
/// never the bottom-right cell, selection always in bounds.
@Suite struct RandomKeysTests {
  static let keys: [Key] =
    [
      .up, .down, .left, .right, .tab, .backTab, .enter, .escape, .backspace, .pageUp, .pageDown, .home,
      .end, .resize, .function(1),
    ] + "hjklgGa123456789/?w r\u{1B}é贡".map { Key.character($0) }

  func check(_ grid: ScreenGrid, _ state: AppState) {
    for cell in grid.cells {
      #expect(
        !cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
        "control character in \(cell.text.unicodeScalars.map(\.value))")
    }
    if grid.width > 0, grid.height > 0 {
      #expect(grid[grid.height - 1, grid.width - 1] == .blank)
    }
    #expect(state.selectedRow >= 0)
    #expect(state.visibleIncidentCount == 0 || state.selectedRow < state.visibleIncidentCount)
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8]) func randomSessions(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let options = DisplayOptions(colors: Bool.random(using: &rng), unicode: Bool.random(using: &rng))
    var state = DashboardGoldens.sampleState(options: options)
    for _ in 0..<150 {
      let width = Int.random(in: 1...220, using: &rng)
      let height = Int.random(in: 1...70, using: &rng)
      state.setScreenSize(width: width, height: height)
      for _ in 0..<Int.random(in: 1...4, using: &rng) {
        let key = Self.keys.randomElement(using: &rng)!
        if key == .character("q") { continue }
        _ = state.handle(key)
      }
      if Int.random(in: 0..<20, using: &rng) == 0 {
        let dropped: Set<String> = Bool.random(using: &rng) ? ["men-01", "gao-01"] : []
        state.replaceData(
          DashboardGoldens.sampleData(
            corpus: SampleCorpus.corpus(dropping: dropped), previous: state.data.incidentIDs),
          reloadedFiles: 2, at: "10:00:00")
      }
      check(Renderer.render(state, width: width, height: height), state)
    }
  }

  @Test func tinyAndDegenerateSizes() {
    let state = DashboardGoldens.sampleState()
    for width in 0...4 {
      for height in 0...4 {
        let grid = Renderer.render(state, width: width, height: height)
        #expect(grid.width == width && grid.height == height)
        check(grid, state)
      }
    }
  }

  @Test func hostileTextNeverReachesTheGrid() {
    var state = DashboardGoldens.sampleState()
    _ = state.handle(.down)
    _ = state.handle(.enter)  // detail of the hostile incident
    state.setStatus("bad\u{1B}[31m message\u{07}")
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
      state.setScreenSize(width: width, height: height)
      let grid = Renderer.render(state, width: width, height: height)
      check(grid, state)
      // The summary column may cut the neutralised sequence short ("…[2…"): its ESC is gone.
      #expect(grid.text.contains("Ansongo\u{FFFD}[2"))
      #expect(grid.text.contains("bad\u{FFFD}[31m message\u{FFFD}"))
    }
  }
}
