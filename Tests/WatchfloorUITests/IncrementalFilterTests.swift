import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// The search index and the incremental filter give what a plain scan gives: every entry whose
/// folded text contains the folded query, in list order, whatever the typing history.
@Suite struct IncrementalFilterTests {
  /// Whether `needle` occurs in `haystack`, byte by byte.
  static func naiveContains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count) {
      var matched = 0
      while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
      if matched == needle.count { return true }
    }
    return false
  }

  /// An entry's text as the index stores it: each part folded, followed by a space.
  static func entryText(_ parts: [String]) -> [UInt8] {
    parts.flatMap { SearchFolding.fold($0) + [0x20] }
  }

  static let words = [
    "gao", "Gao", "ansongo", "Ménaka", "menaka", "an", "a", "n", "s", "so", "ns", "JNIM", "é", "-",
    "2024-03-01",
    "  ", "x", "Sévaré", "贡", "killed", "attack", "ongo", "kidal", "aaaa", "anan",
  ]

  static func randomText(_ rng: inout SplitMix64, words: Int) -> String {
    (0..<Int.random(in: 0...words, using: &rng)).map { _ in Self.words.randomElement(using: &rng)! }
      .joined(separator: Bool.random(using: &rng) ? " " : "")
  }

  @Test(arguments: [1, 2, 3]) func matchesEqualANaiveScan(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    var index = SearchIndex()
    var texts: [[UInt8]] = []
    for _ in 0..<300 {
      // Entries from a few bytes to a few hundred, so the 16-byte scan and its tail both run.
      let parts = (0..<Int.random(in: 1...4, using: &rng)).map { _ in Self.randomText(&rng, words: 30) }
      index.append(parts)
      texts.append(Self.entryText(parts))
    }
    for _ in 0..<300 {
      let query = Self.randomText(&rng, words: 3)
      let needle = SearchFolding.fold(query)
      let expected = texts.indices.filter { Self.naiveContains(texts[$0], needle) }.map(Int32.init)
      #expect(index.matches(query) == expected, "query \(query)")
      let candidates = texts.indices.filter { _ in Bool.random(using: &rng) }.map(Int32.init)
      #expect(
        index.matches(query, within: candidates) == candidates.filter { expected.contains($0) },
        "query \(query) within")
    }
  }

  @Test func oneByteQueriesOfEveryKind() {
    var index = SearchIndex()
    let texts = ["abc", "xyz 42", "é-ü", "", "贡 ·", "a.b"]
    for text in texts { index.append([text]) }
    for query in ["a", "z", "4", "-", ".", " ", "é", "贡", "·", "q", "0"] {
      let needle = SearchFolding.fold(query)
      let expected = texts.indices.filter { Self.naiveContains(Self.entryText([texts[$0]]), needle) }
      #expect(index.matches(query) == expected.map(Int32.init), "query \(query)")
    }
  }

  /// Each incident's searchable text, folded without the search index (the data does not change
  /// while the test types, so this is computed once).
  static func searchTexts(_ data: DashboardData) -> [[UInt8]] {
    data.incidents.map { Self.entryText(DashboardData.searchableParts(of: $0)) }
  }

  /// The rows a state should show, computed from scratch without the search index.
  static func expectedRows(_ state: AppState, texts: [[UInt8]]) -> [Int32] {
    let needle = SearchFolding.fold(state.filter)
    return state.data.incidents.indices.filter { index in
      if let pane = state.selectedPane, state.data.paneOfIncident[index] != Int32(pane) { return false }
      return Self.naiveContains(texts[index], needle)
    }.map(Int32.init)
  }

  @Test(arguments: [1, 2, 3, 4]) func typingAndErasingEqualsAFreshFilter(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    var state = AppState(
      data: DashboardData(
        corpus: SampleCorpus.large(incidents: 600, reports: 60), loadedAt: "00:00:00",
        assess: SampleCorpus.assess))
    state.setScreenSize(width: 200, height: 60)
    let typed = Array("ansongo gao ménaka mopti kidal 2023 jnim é-贡") + ["\u{301}"]
    let texts = Self.searchTexts(state.data)
    for _ in 0..<400 {
      let roll = Int.random(in: 0..<100, using: &rng)
      if !state.isEditingFilter {
        // Outside the filter: pick a region (or all) now and then, then open the filter again.
        if roll < 30 { _ = state.handle(.character(Character(String(Int.random(in: 1...5, using: &rng))))) }
        if roll < 10 { _ = state.handle(.character("a")) }
        _ = state.handle(.character("/"))
      } else if roll < 55 {
        _ = state.handle(.character(typed.randomElement(using: &rng)!))
      } else if roll < 90 {
        _ = state.handle(.backspace)
      } else if roll < 95 {
        _ = state.handle(.enter)
      } else {
        _ = state.handle(.escape)
      }
      let expected = Self.expectedRows(state, texts: texts)
      #expect(state.visibleIncidentCount == expected.count, "filter \(state.filter)")
      #expect(
        (0..<state.visibleIncidentCount).map { state.visibleRows[$0] } == expected, "filter \(state.filter)")
      for (row, index) in expected.enumerated() where row % 7 == 0 {
        #expect(state.visibleRows.row(of: index) == row)
      }
    }
  }

  @Test func rowListFindsRowsByBinarySearch() {
    var rng = SplitMix64(seed: 5)
    for _ in 0..<200 {
      let rows = (0..<200).filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }.map(Int32.init)
      let list = RowList(rows)
      for index in Int32(-1)...201 {
        #expect(list.row(of: index) == rows.firstIndex(of: index))
      }
    }
    let all = RowList(all: 50)
    #expect(all.row(of: 49) == 49)
    #expect(all.row(of: 50) == nil)
    #expect(all.row(of: -1) == nil)
  }
}
