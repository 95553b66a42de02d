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
  /// result is what ``setAdvice(_:)`` gives for all the lists with those replaced. Their old
  /// advisories leave and the new ones enter where the merge puts them (after every advisory
  /// newer, or as new and of a region earlier in order); each untouched stretch moves once.
  mutating func replaceAdvice(_ replaced: [(rank: Int32, advisories: [Advisory])]) {
    guard !replaced.isEmpty else { return }
    // Out: every advisory of the replaced regions, in runs.
    let leaving = Set(replaced.map(\.rank))
    var removal = ArrayEdit<Advisory>()
    var keyRemoval = ArrayEdit<Int>()
    var rankRemoval = ArrayEdit<Int32>()
    ranks.withUnsafeBufferPointer { ranks in
      var index = 0
      while index < ranks.count {
        guard leaving.contains(ranks[index]) else {
          index += 1
          continue
        }
        var end = index + 1
        while end < ranks.count, leaving.contains(ranks[end]) { end += 1 }
        removal.remove(index..<end)
        keyRemoval.remove(index..<end)
        rankRemoval.remove(index..<end)
        index = end
      }
    }
    advisories.apply(removal)
    keys.apply(keyRemoval)
    ranks.apply(rankRemoval)

    // In: each new advisory before the first one that the merge puts after it.
    var entering: [(at: Int, key: Int, rank: Int32, number: Int)] = []
    for (list, (rank, advisories)) in replaced.enumerated() {
      for (number, key) in DashboardData.adviceKeys(advisories).enumerated() {
        entering.append((insertionPoint(key: key, rank: rank), key, rank, list << 32 | number))
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
    for item in entering {
      let advisory = replaced[item.number >> 32].advisories[item.number & 0xFFFF_FFFF]
      insertion.insert([advisory], at: item.at)
      keyInsertion.insert([item.key], at: item.at)
      rankInsertion.insert([item.rank], at: item.at)
    }
    advisories.apply(insertion)
    keys.apply(keyInsertion)
    ranks.apply(rankInsertion)
  }

  /// Whether the merged advice holds exactly `advisories` (in order) for the region at `rank`.
  fileprivate func hasAdvice(_ advisories: [Advisory], rank: Int32) -> Bool {
    var next = 0
    for index in ranks.indices where ranks[index] == rank {
      guard next < advisories.count, self.advisories[index] == advisories[next] else { return false }
      next += 1
    }
    return next == advisories.count
  }

  /// Where an advisory with sort key `key` of the region at `rank` goes in the merged advice:
  /// before the first advisory that is older, or as old and of a region later in order.
  fileprivate func insertionPoint(key: Int, rank: Int32) -> Int {
    // Keys decrease along the list; within a key, ranks increase (the merge is stable).
    var (low, high) = (0, keys.count)
    while low < high {
      let middle = (low + high) / 2
      let comesFirst = keys[middle] > key || (keys[middle] == key && ranks[middle] <= rank)
      if comesFirst { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
