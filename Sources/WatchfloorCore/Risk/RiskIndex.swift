/// A corpus arranged for rating regions quickly and for updating report by report: each
/// region's dated incidents ordered by the latest day the risk model can place them on, and
/// the ``AdviceIndex``.
///
/// ``RiskAssessor/assess(region:watched:index:asOf:)`` on an index gives the same assessment as
/// ``RiskAssessor/assess(region:watched:corpus:asOf:)`` on the corpus it describes, at the cost
/// of the region's incidents of the last 13 months instead of the whole corpus. After a reload,
/// ``update(removing:adding:)`` swaps the changed reports and says which regions may now be
/// rated differently.
public struct RiskIndex: Sendable {
  /// A dated incident of a report.
  struct Placed: Sendable {
    var path: String
    var reportDate: Day?
    /// The incident (its identity tells it from the report's other incidents).
    var incident: Incident
    /// The incident's own day.
    var day: Int
    /// The latest day ``CountedIncident`` can place it on: its day, the 15th of its month, or
    /// 1 July of its year (earlier when the as-of day is earlier).
    var latest: Int
  }

  /// Incidents placed this many days or more before the as-of day are in no window
  /// (``CountedIncident/isInBaseline`` is the widest: 30 days and 52 weeks).
  static let windowDays = 30 + 364
  /// How much later than its own day an incident can be placed (1 July for a year-only date).
  static let latestPlacementMargin = 200

  public let catalog: RegionCatalog
  /// Dated incidents by their own region (before roll-up), in ``Placed/latest`` order.
  private(set) var placedByRegion: [Region: [Placed]] = [:]
  /// The corpus's advice.
  public private(set) var advice: AdviceIndex
  /// The most an incident's day has been after its ``Placed/latest`` (0 when month and year
  /// dates are on the first day of their period, as the extractor gives them).
  private(set) var dayAfterLatest = 0

  /// Indexes every report of `corpus`.
  public init(corpus: Corpus, catalog: RegionCatalog = .bundled) {
    self.catalog = catalog
    advice = AdviceIndex(corpus: corpus, catalog: catalog)
    for report in corpus.reports {
      for incident in report.incidents {
        guard let region = incident.region, let placed = Self.placed(incident, of: report)
        else { continue }
        placedByRegion[region, default: []].append(placed)
        dayAfterLatest = max(dayAfterLatest, placed.day - placed.latest)
      }
    }
    for region in placedByRegion.keys { placedByRegion[region]?.sort { $0.latest < $1.latest } }
  }

  /// Replaces reports: `removing` leave the index, `adding` enter it. A modified report is in
  /// both lists (old and new version).
  /// - Returns: the regions whose assessment may differ now (those the old or new reports'
  ///   incidents or advice concern, and the regions they roll up into).
  @discardableResult
  public mutating func update(removing: [Report], adding: [Report]) -> Set<Region> {
    var touched = Set<Region>()
    for report in removing {
      touched.formUnion(advice.regions(ofReportAt: report.path))
      advice.remove(path: report.path)
      for incident in report.incidents { remove(incident, of: report, touching: &touched) }
    }
    for report in adding {
      advice.add(report)
      touched.formUnion(advice.regions(ofReportAt: report.path))
      for incident in report.incidents { add(incident, of: report, touching: &touched) }
    }
    return withParents(touched)
  }

  /// Replaces each report `old` by `new` (same path; nil for a report that appears or
  /// disappears), looking at what really changed: incidents equal in both versions (of a report
  /// whose date did not change) stay, and advice that did not change touches no region.
  /// - Returns: the regions whose assessment may differ now, and the regions they roll up into.
  public mutating func update(replacing changes: [(old: Report?, new: Report?)]) -> Set<Region> {
    let touched = updateTelling(replacing: changes)
    return touched.incidents.union(touched.advice)
  }

  /// ``update(replacing:)``, telling the regions whose counted incidents may differ now from
  /// those whose advice only may differ (each with the regions they roll up into).
  public mutating func updateTelling(
    replacing changes: [(old: Report?, new: Report?)]
  ) -> (incidents: Set<Region>, advice: Set<Region>) {
    var touched = Set<Region>()
    var adviceTouched = Set<Region>()
    for (old, new) in changes {
      guard let path = (new ?? old)?.path else { continue }
      let adviceBefore = advice.entries[path]
      if let new { advice.add(new) } else { advice.remove(path: path) }
      let adviceAfter = advice.entries[path]
      if adviceBefore != adviceAfter {
        adviceTouched.formUnion(adviceBefore?.regions ?? [])
        adviceTouched.formUnion(adviceAfter?.regions ?? [])
      }
      var kept: [IncidentID: Incident] = [:]
      if let old, let new, old.date == new.date {
        // Incidents in both versions, equal: they stay.
        var before: [IncidentID: Incident] = [:]
        for incident in old.incidents { before[incident.id] = incident }
        for incident in new.incidents where before[incident.id] == incident { kept[incident.id] = incident }
      }
      if let old {
        for incident in old.incidents where kept[incident.id] != incident {
          remove(incident, of: old, touching: &touched)
        }
      }
      if let new {
        for incident in new.incidents where kept[incident.id] != incident {
          add(incident, of: new, touching: &touched)
        }
      }
    }
    return (withParents(touched), withParents(adviceTouched))
  }

  private mutating func remove(_ incident: Incident, of report: Report, touching touched: inout Set<Region>) {
    guard let region = incident.region else { return }
    touched.insert(region)
    guard let placed = Self.placed(incident, of: report),
      var list = placedByRegion.removeValue(forKey: region)
    else { return }
    var at = Self.firstIndex(in: list) { $0.latest >= placed.latest }
    while at < list.count, list[at].latest == placed.latest {
      if list[at].path == report.path, list[at].incident.id == incident.id {
        list.remove(at: at)
        break
      }
      at += 1
    }
    if !list.isEmpty { placedByRegion[region] = list }
  }

  private mutating func add(_ incident: Incident, of report: Report, touching touched: inout Set<Region>) {
    guard let region = incident.region else { return }
    touched.insert(region)
    guard let placed = Self.placed(incident, of: report) else { return }
    dayAfterLatest = max(dayAfterLatest, placed.day - placed.latest)
    var list = placedByRegion.removeValue(forKey: region) ?? []
    list.insert(placed, at: Self.firstIndex(in: list) { $0.latest > placed.latest })
    placedByRegion[region] = list
  }

  /// `regions` and the regions they roll up into.
  private func withParents(_ regions: Set<Region>) -> Set<Region> {
    var all = regions
    for region in regions {
      if let parent = catalog.parent(of: region) { all.insert(parent) }
    }
    return all
  }

  /// The incidents that count for `region` as of `asOf` (roll-up by `catalog`): those that can
  /// fall in a window, counted by ``RegionIncidents/counted(_:asOf:catalog:)`` as the corpus scan
  /// counts them (the tellings of one event share a day, so a group is never split by the
  /// window's edge), then the ones before that carry the latest day and the latest placement
  /// (what the narrative and "last incident" read). The assessment made from this equals the
  /// one made from the whole history.
  func counted(region: Region, watched: Set<Region>, asOf: Day, catalog: RegionCatalog) -> [CountedIncident] {
    let lists = placedByRegion.filter { catalog.region($0.key, countsFor: region, watchedSet: watched) }
      .map(\.value)
    let today = asOf.ordinal
    var candidates: [Incident] = []
    var starts: [Int] = []
    var latestDay = Int.min
    for list in lists {
      let start = Self.firstIndex(in: list) { $0.latest > today - Self.windowDays }
      let end = Self.firstIndex(in: list) { $0.latest > today + Self.latestPlacementMargin }
      starts.append(start)
      for item in start..<end
      where list[item].day <= today && (list[item].reportDate.map { $0 <= asOf } ?? true) {
        candidates.append(list[item].incident)
        latestDay = max(latestDay, list[item].day)
      }
    }
    let counts = !candidates.isEmpty
    var counted = RegionIncidents.counted(candidates, asOf: asOf, catalog: catalog)

    // Older incidents count in no window, but the latest of them may still be the region's
    // last incident (latest day) or last placement (the newest by `latest`, when the window
    // has nothing).
    var extra: [Placed] = []
    for (number, list) in lists.enumerated() {
      var item = starts[number] - 1
      while item >= 0, list[item].latest + dayAfterLatest > latestDay {
        let placed = list[item]
        item -= 1
        guard placed.day <= today, placed.reportDate.map({ $0 <= asOf }) ?? true else { continue }
        if !counts || placed.day > latestDay { extra.append(placed) }
        if placed.day > latestDay { latestDay = placed.day }
      }
    }
    if !extra.isEmpty {
      let newest = extra.max { $0.latest < $1.latest }!
      let latest = extra.max { $0.day < $1.day }!
      let same = newest.path == latest.path && newest.incident.id == latest.incident.id
      for placed in same ? [newest] : [newest, latest] {
        if let item = CountedIncident(placed.incident, asOf: asOf) { counted.append(item) }
      }
    }
    return counted
  }

  private static func placed(_ incident: Incident, of report: Report) -> Placed? {
    guard let date = incident.date else { return nil }  // never counted
    let latest: Day
    switch date.precision {
    case .day: latest = date.day
    case .month: latest = Day(year: date.day.year, month: date.day.month, day: 15) ?? date.day
    case .year: latest = Day(year: date.day.year, month: 7, day: 1) ?? date.day
    }
    return Placed(
      path: report.path, reportDate: report.date, incident: incident, day: date.day.ordinal,
      latest: latest.ordinal)
  }

  /// The first index whose element satisfies `isAfter` (false, then true, along the list).
  private static func firstIndex(in list: [Placed], where isAfter: (Placed) -> Bool) -> Int {
    var (low, high) = (0, list.count)
    while low < high {
      let middle = (low + high) / 2
      if isAfter(list[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
