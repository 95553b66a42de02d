import WatchfloorCore

extension DashboardData {
  /// Brings the rating half of the "Other" pane up to date after the regions `reRated` (all
  /// under "Other", whose assessments `basis` no longer has) were rated again, with the same
  /// regions under "Other" and the same as-of day as when `risk` was made. The result equals
  /// ``otherRisk(asOf:watchedSet:basis:)``: the highest level is looked up again over all the
  /// regions (their assessments are kept) and only the advice lists of re-rated regions that
  /// changed are replaced, in place (``OtherRisk/replaceAdvice(_:)``). Merging every region's
  /// list again copied all of the "Other" advice on every reload that touched one of them.
  /// `risk.advisories` must not be shared (else it is copied first).
  static func updateOtherRisk(
    _ risk: inout OtherRisk, reRated: Set<Region>, asOf: Day, watchedSet: Set<Region>,
    basis: inout DashboardBasis
  ) {
    risk.highest = nil
    var replaced: [(rank: Int32, advisories: [Advisory])] = []
    for (rank, region) in risk.regions.enumerated() {
      let regional = basis.assessment(of: region, asOf: asOf, watchedSet: watchedSet)
      if let level = regional.level, risk.highest.map({ level > $0.level }) ?? true {
        risk.highest = (region, level)
      }
      if reRated.contains(region), !risk.hasAdvice(regional.advisories, rank: Int32(rank)) {
        replaced.append((Int32(rank), regional.advisories))
      }
    }
    risk.replaceAdvice(replaced)
  }
}

extension DashboardData.OtherRisk {
  /// Sets ``advisories`` to the regions' lists (by rank, increasing) merged newest first, as
  /// ``DashboardData/newestFirst(_:)`` merges them, with their keys and ranks.
  mutating func setAdvice(_ lists: [(rank: Int32, advisories: [Advisory])]) {
    let keys = lists.map { DashboardData.adviceKeys($0.advisories) }
    let order = DashboardData.newestFirstOrder(keys)
    (advisories, self.keys, ranks) = ([], [], [])
    let count = order.reduce(0) { $0 + $1.range.count }
    advisories.reserveCapacity(count)
    self.keys.reserveCapacity(count)
    ranks.reserveCapacity(count)
    for (list, range) in order {
      advisories.append(contentsOf: lists[list].advisories[range])
      self.keys.append(contentsOf: keys[list][range])
      ranks.append(contentsOf: repeatElement(lists[list].rank, count: range.count))
    }
  }

  /// Replaces, in place, the advice of the regions at the ranks given by their new lists: the
  /// result is what ``setAdvice(_:)`` gives for all the lists with those replaced. Of each
  /// region, the advisories its old and new lists share at the start and at the end (in merge
  /// order) stay; the old ones between leave and the new ones between enter where the merge puts
  /// them (after every advisory newer, or as new and of a region earlier in order). Each
  /// untouched stretch moves once; only what differs is copied or freed.
  mutating func replaceAdvice(_ replaced: [(rank: Int32, advisories: [Advisory])]) {
    guard !replaced.isEmpty else { return }
    struct Middle {
      var rank: Int32
      /// The new list's indices in merge order, and the part of them that enters.
      var order: [Int]
      var entering: Range<Int>
      /// Where the entering advisories go, in the list before the removals: after `low`
      /// elements, before the element at `high`.
      var low: Int
      var high: Int
    }
    var middles: [Middle] = []
    var leaving: [Int] = []
    for (rank, list) in replaced {
      var old: [Int] = []
      for index in ranks.indices where ranks[index] == rank { old.append(index) }
      let keys = DashboardData.adviceKeys(list)
      var order = Array(list.indices)
      if !zip(keys, keys.dropFirst()).allSatisfy({ $0 >= $1 }) {
        order.sort { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
      }
      // Through buffer pointers: subscripting the arrays copies each advisory compared.
      let (prefix, suffix) = advisories.withUnsafeBufferPointer { merged in
        list.withUnsafeBufferPointer { list in
          var prefix = 0
          while prefix < old.count, prefix < order.count, merged[old[prefix]] == list[order[prefix]] {
            prefix += 1
          }
          var suffix = 0
          while suffix < old.count - prefix, suffix < order.count - prefix,
            merged[old[old.count - 1 - suffix]] == list[order[order.count - 1 - suffix]]
          {
            suffix += 1
          }
          return (prefix, suffix)
        }
      }
      leaving.append(contentsOf: old[prefix..<old.count - suffix])
      middles.append(
        Middle(
          rank: rank, order: order, entering: prefix..<order.count - suffix,
          low: prefix > 0 ? old[prefix - 1] + 1 : 0,
          high: suffix > 0 ? old[old.count - suffix] : advisories.count))
    }

    // Out: the old advisories between, in runs.
    leaving.sort()
    var removal = ArrayEdit<Advisory>()
    var keyRemoval = ArrayEdit<Int>()
    var rankRemoval = ArrayEdit<Int32>()
    var start = 0
    while start < leaving.count {
      var end = start + 1
      while end < leaving.count, leaving[end] == leaving[end - 1] + 1 { end += 1 }
      let run = leaving[start]..<leaving[end - 1] + 1
      removal.remove(run)
      keyRemoval.remove(run)
      rankRemoval.remove(run)
      start = end
    }
    advisories.apply(removal)
    keys.apply(keyRemoval)
    ranks.apply(rankRemoval)
    /// A position before the removals, in the list after them.
    func afterRemovals(_ position: Int) -> Int {
      var (low, high) = (0, leaving.count)
      while low < high {
        let middle = (low + high) / 2
        if leaving[middle] < position { low = middle + 1 } else { high = middle }
      }
      return position - low
    }

    // In: each new advisory between, before the first one the merge puts after it.
    var entering: [(at: Int, key: Int, rank: Int32, list: Int, number: Int)] = []
    for (list, middle) in middles.enumerated() {
      let (low, high) = (afterRemovals(middle.low), afterRemovals(middle.high))
      let newKeys = DashboardData.adviceKeys(replaced[list].advisories)
      for number in middle.entering {
        let key = newKeys[middle.order[number]]
        let at = insertionPoint(key: key, rank: middle.rank, in: low..<high)
        entering.append((at, key, middle.rank, list, number))
      }
    }
    entering.sort { a, b in
      if a.at != b.at { return a.at < b.at }
      if a.key != b.key { return a.key > b.key }
      return a.rank != b.rank ? a.rank < b.rank : a.number < b.number
    }
    var insertion = ArrayEdit<Advisory>()
    var keyInsertion = ArrayEdit<Int>()
    var rankInsertion = ArrayEdit<Int32>()
    start = 0
    while start < entering.count {  // one insertion per position
      var end = start + 1
      while end < entering.count, entering[end].at == entering[start].at { end += 1 }
      let group = entering[start..<end]
      insertion.insert(
        group.map { replaced[$0.list].advisories[middles[$0.list].order[$0.number]] }, at: group.first!.at)
      keyInsertion.insert(group.map(\.key), at: group.first!.at)
      rankInsertion.insert(group.map(\.rank), at: group.first!.at)
      start = end
    }
    advisories.apply(insertion)
    keys.apply(keyInsertion)
    ranks.apply(rankInsertion)
  }

  /// Whether the merged advice holds exactly `advisories` (in order) for the region at `rank`.
  fileprivate func hasAdvice(_ advisories: [Advisory], rank: Int32) -> Bool {
    self.advisories.withUnsafeBufferPointer { merged in
      advisories.withUnsafeBufferPointer { list in
        var next = 0
        for index in ranks.indices where ranks[index] == rank {
          guard next < list.count, merged[index] == list[next] else { return false }
          next += 1
        }
        return next == list.count
      }
    }
  }

  /// Where an advisory with sort key `key` of the region at `rank` goes in the merged advice:
  /// before the first advisory that is older, or as old and of a region later in order.
  /// Only positions in `bounds` are looked at (the other advisories of the region lie outside).
  fileprivate func insertionPoint(key: Int, rank: Int32, in bounds: Range<Int>) -> Int {
    // Keys decrease along the list; within a key, ranks increase (the merge is stable).
    var (low, high) = (bounds.lowerBound, bounds.upperBound)
    while low < high {
      let middle = (low + high) / 2
      let comesFirst = keys[middle] > key || (keys[middle] == key && ranks[middle] <= rank)
      if comesFirst { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
