import WatchfloorCore

extension DashboardData {
  /// The counting half of the "Other" pane: incidents outside the watched regions in the last
  /// 12 weeks (the same event told by several reports counted once, as ``IncidentGrouper``
  /// groups them).
  struct OtherCounts: Sendable {
    var incidents7 = 0
    var incidents30 = 0
    var deaths7 = 0
    var deaths30 = 0
    var lastIncident: Day?
    var weekly = [Int](repeating: 0, count: 12)
    /// "Last 30 days: Ségou 3, Kayes 1", if any.
    var busiest: String?
  }

  /// The rating half of the "Other" pane: the highest level the assessor gives any region
  /// under it, and their advice, newest first.
  struct OtherRisk: Sendable {
    var highest: (region: Region, level: RiskLevel)?
    var advisories: [Advisory] = []
    /// The regions under "Other" when this was made, sorted: the order their lists are merged in.
    var regions: [Region] = []
    /// For each of ``advisories``: its sort key (date ordinal, 0 undated) and the index of its
    /// region in ``regions``, so that one region's advice can be replaced in place
    /// (``updateOtherRisk(_:reRated:asOf:watchedSet:basis:)``).
    var keys: [Int] = []
    var ranks: [Int32] = []
  }

  /// Counts the "Other" rows (newest first) as of `asOf`: only the rows from the newest one on
  /// or before `asOf` to 12 weeks before it are read, since the list is in date order.
  static func otherCounts(rows: [Int32], incidents: [Incident], asOf: Day, catalog: RegionCatalog)
    -> OtherCounts
  {
    var counts = OtherCounts()
    var recent: [Incident] = []
    for row in rows {
      let index = Int(row)  // fields one by one: a whole incident is costly to copy
      guard let day = incidents[index].date?.day else { break }  // undated ones come last
      guard day <= asOf else { continue }
      if counts.lastIncident == nil { counts.lastIncident = day }
      guard day.days(to: asOf) < 84 else { break }
      recent.append(incidents[index])
    }
    var perRegion: [String: Int] = [:]
    for incident in IncidentGrouper(regions: catalog).mergedGroups(recent) {
      guard let day = incident.date?.day else { continue }
      let age = day.days(to: asOf)
      if age < 7 {
        counts.incidents7 += 1
        counts.deaths7 += incident.fatalities ?? 0
      }
      if age < 30 {
        counts.incidents30 += 1
        counts.deaths30 += incident.fatalities ?? 0
        perRegion[incident.region?.name ?? "unknown region", default: 0] += 1
      }
      counts.weekly[11 - age / 7] += 1
    }
    let busiest = perRegion.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    if !busiest.isEmpty {
      counts.busiest = "Last 30 days: " + busiest.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }
    return counts
  }

  /// Rates the regions under "Other" (``DashboardBasis/otherRegionCounts``) as of `asOf`, with
  /// the assessments `basis` already has.
  static func otherRisk(asOf: Day, watchedSet: Set<Region>, basis: inout DashboardBasis) -> OtherRisk {
    var risk = OtherRisk()
    risk.regions = basis.otherRegionCounts.keys.sorted()
    var lists: [(rank: Int32, advisories: [Advisory])] = []
    for (rank, region) in risk.regions.enumerated() {
      let regional = basis.assessment(of: region, asOf: asOf, watchedSet: watchedSet)
      if let level = regional.level, risk.highest.map({ level > $0.level }) ?? true {
        risk.highest = (region, level)
      }
      if !regional.advisories.isEmpty { lists.append((Int32(rank), regional.advisories)) }
    }
    risk.setAdvice(lists)
    return risk
  }

  /// The sort keys of advisories: the date's ordinal, 0 for undated (the oldest).
  static func adviceKeys(_ advisories: [Advisory]) -> [Int] { advisories.map { $0.date?.ordinal ?? 0 } }

  /// The advisories of all `lists` by date, newest first, undated as the oldest; equal dates
  /// keep the order of the lists and within them (a stable sort of the lists joined), merged
  /// without sorting when each list is already in that order, as assessments give them.
  static func newestFirst(_ lists: [[Advisory]]) -> [Advisory] {
    var merged: [Advisory] = []
    for (list, range) in newestFirstOrder(lists.map(adviceKeys)) {
      merged.append(contentsOf: lists[list][range])
    }
    return merged
  }

  /// The order ``newestFirst(_:)`` puts the elements of lists with these sort keys in, as runs
  /// of consecutive elements of one list.
  static func newestFirstOrder(_ keys: [[Int]]) -> [(list: Int, range: Range<Int>)] {
    // Sort keys once: comparing advisories themselves would copy them at every step.
    let ordered = keys.allSatisfy { list in zip(list, list.dropFirst()).allSatisfy { $0 >= $1 } }
    guard ordered else {
      let joined = keys.indices.flatMap { list in keys[list].indices.map { (list, $0) } }
      return joined.indices.sorted { a, b in
        let (x, y) = (keys[joined[a].0][joined[a].1], keys[joined[b].0][joined[b].1])
        return x != y ? x > y : a < b
      }.map { (joined[$0].0, joined[$0].1..<joined[$0].1 + 1) }
    }
    var heads = [Int](repeating: 0, count: keys.count)
    var merged: [(list: Int, range: Range<Int>)] = []
    while true {
      var best = -1
      var bestKey = Int.min
      for number in keys.indices where heads[number] < keys[number].count {
        let key = keys[number][heads[number]]
        if best < 0 || key > bestKey { (best, bestKey) = (number, key) }
      }
      guard best >= 0 else { break }
      // Take the whole run of this list that still comes first.
      var end = heads[best] + 1
      let bound = keys.indices.lazy.filter { $0 < best && heads[$0] < keys[$0].count }
        .map { keys[$0][heads[$0]] }.max()
      let laterBound = keys.indices.lazy.filter { $0 > best && heads[$0] < keys[$0].count }
        .map { keys[$0][heads[$0]] }.max()
      while end < keys[best].count {
        let key = keys[best][end]
        if let bound, key <= bound { break }
        if let laterBound, key < laterBound { break }
        end += 1
      }
      merged.append((best, heads[best]..<end))
      heads[best] = end
    }
    return merged
  }

  /// The "Other" pane from the halves in `basis`.
  static func otherPane(basis: DashboardBasis, hasRows: Bool) -> RegionPane {
    var assessment = emptyAssessment(Region("Other"))
    if let counts = basis.otherCounts {
      assessment.incidents7 = counts.incidents7
      assessment.incidents30 = counts.incidents30
      assessment.deaths7 = counts.deaths7
      assessment.deaths30 = counts.deaths30
      assessment.lastIncident = counts.lastIncident
      assessment.weekly = hasRows ? counts.weekly : []
    }
    if let risk = basis.otherRisk {
      assessment.level = risk.highest?.level
      if let highest = risk.highest {
        assessment.reasons.append("Highest: \(highest.region.name) (\(highest.level.label))")
      }
      assessment.advisories = risk.advisories
    }
    if let busiest = basis.otherCounts?.busiest { assessment.reasons.append(busiest) }
    return RegionPane(name: "Other", assessment: assessment, isOther: true)
  }
}
