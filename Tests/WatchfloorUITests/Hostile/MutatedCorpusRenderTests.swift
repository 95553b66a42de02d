import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport
import WatchfloorUI

/// A corpus of seeded random damage to the fixture reports (``HostileMutator``) loaded from a temp
/// folder and drawn in every view: no cell of the grid may hold a control, bidi or zero-width
/// character, whatever the files held. `WATCHFLOOR_PROPERTY_SEED=<n>` runs another sequence.
@Suite struct MutatedCorpusRenderTests {
  static let seed =
    UInt64(ProcessInfo.processInfo.environment["WATCHFLOOR_PROPERTY_SEED"] ?? "") ?? 20_261_123

  static func hasControl(_ grid: ScreenGrid) -> Bool {
    grid.cells.contains { cell in
      cell.text.unicodeScalars.contains {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
          || (0x2066...0x2069).contains($0.value) || (0x200B...0x200F).contains($0.value)
      }
    }
  }

  @Test func mutatedCorpusRendersWithoutControlCharacters() throws {
    var mutator = HostileMutator(seed: Self.seed)
    let fixtures = HostileMutator.fixtureTexts()
    let dir = try TemporaryDirectory(prefix: "render")
    for index in 0..<40 {
      let snippet = HostileMutator.hostileSnippets[mutator.below(HostileMutator.hostileSnippets.count)]
      let name = "r\(index)\(index % 3 == 0 ? snippet : "").txt"
      try dir.write(name, bytes: mutator.mutate(fixtures[mutator.below(fixtures.count)]))
    }
    try dir.write("=cmd\u{1B}]0;t\u{07}.txt", bytes: [0x41, 0x00])
    let corpus = try CorpusLoader().load(root: dir.path)
    #expect(corpus.reports.count + corpus.skipped.count == 41)
    var state = AppState(corpus: corpus)
    let keys: [Key] = [
      .down, .enter, .escape, .tab, .down, .enter, .character("w"), .escape, .character("?"), .escape,
      .character("a"), .tab, .end, .enter,
    ]
    for (width, height) in [(80, 24), (132, 43)] {
      state.setScreenSize(width: width, height: height)
      #expect(!Self.hasControl(Renderer.render(state, width: width, height: height)), "seed \(Self.seed)")
      for key in keys {
        _ = state.handle(key)
        let grid = Renderer.render(state, width: width, height: height)
        #expect(!Self.hasControl(grid), "seed \(Self.seed) after \(key) at \(width)x\(height)")
      }
    }
  }
}
