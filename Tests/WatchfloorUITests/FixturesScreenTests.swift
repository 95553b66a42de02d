import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// The real Fixtures corpus through the real loader and assessor: the screen has every
/// watched region, no control character, and the keys work. (Goldens of it are one line each
/// with `DashboardGoldens.assertGolden(corpus:name:width:height:)`.)
@Suite struct FixturesScreenTests {
  @Test func fixturesRenderAtEverySize() throws {
    let corpus = try CorpusLoader().load(root: FixturePaths.fixtures)
    var state = AppState(data: DashboardData(corpus: corpus, loadedAt: "00:00:00"))
    #expect(state.data.incidentCount > 0)
    if let path = ProcessInfo.processInfo.environment["WATCHFLOOR_PEEK"] {
      try? Renderer.render(state, width: 120, height: 40).text.write(
        toFile: path, atomically: true, encoding: .utf8)
    }
    for (width, height) in [(80, 24), (120, 40), (200, 60)] {
      state.setScreenSize(width: width, height: height)
      let grid = Renderer.render(state, width: width, height: height)
      let text = grid.text
      for region in ["Gao", "Ménaka", "Mopti", "Kidal", "Other"] { #expect(text.contains(region)) }
      #expect(
        !grid.cells.contains { cell in
          cell.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        })
      _ = state.handle(.down)
      _ = state.handle(.enter)
      #expect(
        Renderer.render(state, width: width, height: height).text.contains("Source sentence") || height < 40)
      _ = state.handle(.escape)
    }
  }
}
