import Testing
import WatchfloorTestSupport

@testable import WatchfloorUI

/// `SearchIndex.apply(removing:inserting:)` must leave the index a fresh build would give.
@Suite struct SearchIndexEditTests {
  static func build(_ entries: [[String]]) -> SearchIndex {
    var index = SearchIndex()
    for parts in entries { index.append(parts) }
    return index
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func randomEditsEqualAFreshBuild(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var counter = 0
    func entry() -> [String] {
      counter += 1
      return ["Gao \(counter)", String(repeating: "é", count: Int.random(in: 0...5, using: &random))]
    }
    var entries = (0..<20).map { _ in entry() }
    var index = Self.build(entries)
    for _ in 0..<100 {
      var removed: [Int] = []
      var inserted: [(at: Int, parts: [String])] = []
      for position in 0...entries.count {
        if Int.random(in: 0..<6, using: &random) == 0 { inserted.append((position, entry())) }
        if position < entries.count, Int.random(in: 0..<6, using: &random) == 0 { removed.append(position) }
      }
      var expected: [[String]] = []
      var nextInsertion = 0
      for position in 0...entries.count {
        while nextInsertion < inserted.count, inserted[nextInsertion].at == position {
          expected.append(inserted[nextInsertion].parts)
          nextInsertion += 1
        }
        if position < entries.count, !removed.contains(position) { expected.append(entries[position]) }
      }
      index.apply(removing: removed, inserting: inserted)
      entries = expected
      #expect(index == Self.build(entries))
      #expect(index.matches("gao").count == entries.count)
    }
    #expect(index.count == entries.count)
  }
}
