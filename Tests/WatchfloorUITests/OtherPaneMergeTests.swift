import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// The "Other" pane's advice: the regions' lists (each newest first) merged must equal a
/// stable sort of the lists joined, newest first, undated as the oldest.
@Suite struct OtherPaneMergeTests {
  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func mergeEqualsAStableSort(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    for round in 0..<50 {
      var lists: [[Advisory]] = []
      for list in 0..<Int.random(in: 0...6, using: &random) {
        var days = (0..<Int.random(in: 0...12, using: &random)).map { _ -> Int? in
          Int.random(in: 0..<5, using: &random) == 0 ? nil : Int.random(in: 19_000...19_010, using: &random)
        }
        days.sort { ($0 ?? 0) > ($1 ?? 0) }
        lists.append(
          days.enumerated().map { item, day in
            Advisory(
              kind: .advice, text: "r\(round) l\(list) i\(item)", source: "s",
              date: day.map { Day(ordinal: $0) })
          })
      }
      let joined = lists.flatMap { $0 }
      let expected = joined.indices.sorted { a, b in
        let (x, y) = (joined[a].date?.ordinal ?? 0, joined[b].date?.ordinal ?? 0)
        return x != y ? x > y : a < b
      }.map { joined[$0] }
      #expect(DashboardData.newestFirst(lists) == expected)
    }
  }

  @Test func listsOutOfOrderAreSorted() {
    let old = Advisory(kind: .advice, text: "old", source: "a", date: Day(ordinal: 10))
    let new = Advisory(kind: .risks, text: "new", source: "b", date: Day(ordinal: 20))
    #expect(DashboardData.newestFirst([[old, new]]) == [new, old])
  }
}
