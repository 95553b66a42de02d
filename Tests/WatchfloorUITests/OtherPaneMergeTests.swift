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

  /// Random advice lists, newest first except now and then.
  private func randomLists(count: Int, tag: String, using random: inout SplitMix64) -> [[Advisory]] {
    (0..<count).map { list in
      var days = (0..<Int.random(in: 0...8, using: &random)).map { _ -> Int? in
        Int.random(in: 0..<5, using: &random) == 0 ? nil : Int.random(in: 19_000...19_006, using: &random)
      }
      if Int.random(in: 0..<6, using: &random) != 0 { days.sort { ($0 ?? 0) > ($1 ?? 0) } }
      return days.enumerated().map { item, day in
        Advisory(
          kind: .advice, text: "\(tag) l\(list) i\(item)", source: "s", date: day.map { Day(ordinal: $0) })
      }
    }
  }

  /// The lists with their ranks, as the "Other" pane merges them (empty lists left out).
  private func ranked(_ lists: [[Advisory]]) -> [(rank: Int32, advisories: [Advisory])] {
    lists.enumerated().filter { !$0.element.isEmpty }.map { (Int32($0.offset), $0.element) }
  }

  @Test(arguments: [5, 6, 7, 8] as [UInt64])
  func replacingListsInPlaceEqualsMergingAgain(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    for round in 0..<200 {
      var lists = randomLists(count: Int.random(in: 1...7, using: &random), tag: "r\(round)", using: &random)
      var risk = DashboardData.OtherRisk()
      risk.setAdvice(ranked(lists))
      #expect(risk.advisories == DashboardData.newestFirst(lists))
      var replaced: [(rank: Int32, advisories: [Advisory])] = []
      for rank in lists.indices where Int.random(in: 0..<3, using: &random) == 0 {
        let fresh = randomLists(count: 1, tag: "r\(round) new\(rank)", using: &random)[0]
        if Int.random(in: 0..<2, using: &random) == 0 || lists[rank].isEmpty {
          lists[rank] = fresh  // all new
        } else {  // a small edit: most advisories stay, at the start and the end
          var list = lists[rank]
          let at = Int.random(in: 0..<list.count, using: &random)
          switch Int.random(in: 0..<3, using: &random) {
          case 0: list.remove(at: at)
          case 1: list.insert(contentsOf: fresh.prefix(2), at: at)
          default: list[at] = fresh.first ?? list[at]
          }
          lists[rank] = list
        }
        replaced.append((Int32(rank), lists[rank]))
      }
      risk.replaceAdvice(replaced)
      var expected = DashboardData.OtherRisk()
      expected.setAdvice(ranked(lists))
      #expect(risk.advisories == expected.advisories, "seed \(seed) round \(round)")
      #expect(risk.keys == expected.keys && risk.ranks == expected.ranks, "seed \(seed) round \(round)")
    }
  }

  @Test func listsOutOfOrderAreSorted() {
    let old = Advisory(kind: .advice, text: "old", source: "a", date: Day(ordinal: 10))
    let new = Advisory(kind: .risks, text: "new", source: "b", date: Day(ordinal: 20))
    #expect(DashboardData.newestFirst([[old, new]]) == [new, old])
  }
}
