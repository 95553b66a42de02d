/// What advisory selection needs from each report, computed once per report.
///
/// Choosing a region's advice used to lower-case and fold every report's text once per region;
/// on a 10,000-report corpus with twenty regions that dominated a dashboard rebuild. The index
/// reads each advice-bearing report once, keeps its cleaned advisories and the regions it is
/// relevant to, and lists the reports by region, so a region's selection touches only its own
/// reports. ``add(_:)`` and ``remove(path:)`` keep it up to date report by report.
public struct AdviceIndex: Sendable {
  /// One report that carries advice.
  struct Entry: Sendable, Equatable {
    var path: String
    var date: Day?
    /// The report's advice, risks and sectors, cleaned; empty ones left out.
    var advisories: [Advisory]
    /// Regions the report is relevant to before roll-up: those of its incidents, those named
    /// in its title or advice, and, when no incident has a region, those named in its body.
    var regions: Set<Region>

    /// The order advice is listed in: newest date first, undated last, then by path.
    func isListedBefore(_ other: Entry) -> Bool {
      switch (date, other.date) {
      case (let x?, let y?) where x != y: return x > y
      case (.some, .none): return true
      case (.none, .some): return false
      default: return path < other.path
      }
    }
  }

  /// Advice-bearing reports by path.
  private(set) var entries: [String: Entry] = [:]
  /// The entries relevant to each region (before roll-up), newest first
  /// (``Entry/isListedBefore(_:)``), so a region's advice is read in order without sorting.
  private(set) var entriesByRegion: [Region: [Entry]] = [:]
  private let names: RegionNames

  /// Indexes the advice-bearing reports of `corpus`.
  public init(corpus: Corpus, catalog: RegionCatalog = .bundled) {
    names = RegionNames(catalog)
    // Reading each report's advice is independent of the others: in parallel (chunks of
    // reports), then indexed in corpus order as before.
    let reports = corpus.reports
    let chunk = 128
    let starts = Array(stride(from: 0, to: reports.count, by: chunk))
    let reader = self
    let found = ParallelMap.map(starts) { start in
      reports[start..<min(start + chunk, reports.count)].map { reader.entry(for: $0) }
    }
    for (report, entry) in zip(reports, found.joined()) {
      guard let entry else { continue }
      if let replaced = entries.updateValue(entry, forKey: report.path) {
        for region in replaced.regions { entriesByRegion[region]?.removeAll { $0.path == report.path } }
      }
      for region in entry.regions { entriesByRegion[region, default: []].append(entry) }
    }
    for region in entriesByRegion.keys { entriesByRegion[region]?.sort { $0.isListedBefore($1) } }
  }

  /// Indexes `report` (replacing any entry with its path) if it carries advice.
  public mutating func add(_ report: Report) {
    remove(path: report.path)
    guard let entry = entry(for: report) else { return }
    entries[report.path] = entry
    for region in entry.regions {
      var list = entriesByRegion.removeValue(forKey: region) ?? []
      list.insert(entry, at: Self.firstIndex(in: list) { entry.isListedBefore($0) })
      entriesByRegion[region] = list
    }
  }

  /// Forgets the report at `path`.
  public mutating func remove(path: String) {
    guard let entry = entries.removeValue(forKey: path) else { return }
    for region in entry.regions {
      guard var list = entriesByRegion.removeValue(forKey: region) else { continue }
      let at = Self.firstIndex(in: list) { !$0.isListedBefore(entry) }
      if at < list.count, list[at].path == entry.path { list.remove(at: at) }
      if !list.isEmpty { entriesByRegion[region] = list }
    }
  }

  /// The regions (before roll-up) whose advice includes the report at `path`, if it has advice.
  func regions(ofReportAt path: String) -> Set<Region> { entries[path]?.regions ?? [] }

  /// The advice of the entries relevant to `region` (roll-up included) dated on or before
  /// `asOf` (or undated), newest report first (``Entry/isListedBefore(_:)``): the regions'
  /// lists merged, a report relevant to several of them taken once.
  func advisories(countingFor counts: (Region) -> Bool, asOf: Day) -> [Advisory] {
    var lists: [[Entry]] = []
    for (region, list) in entriesByRegion where counts(region) { lists.append(list) }
    var heads = lists.map { list in Self.firstIndex(in: list) { $0.date.map { $0 <= asOf } ?? true } }
    if lists.count == 1 {  // one region: its list is the answer
      return lists[0][heads[0]...].flatMap(\.advisories)
    }
    var found: [Advisory] = []
    var last: (list: Int, item: Int)?
    while true {
      var best = -1
      for number in lists.indices where heads[number] < lists[number].count {
        if best < 0 || lists[number][heads[number]].isListedBefore(lists[best][heads[best]]) { best = number }
      }
      guard best >= 0 else { break }
      let item = heads[best]
      heads[best] += 1
      // The same report in two lists has the same place in both: it comes out twice in a row.
      if let last, lists[last.list][last.item].path == lists[best][item].path,
        lists[last.list][last.item].date == lists[best][item].date
      {
        continue
      }
      found.append(contentsOf: lists[best][item].advisories)
      last = (best, item)
    }
    return found
  }

  /// The first index whose entry satisfies `isAfter` (false, then true, along the list).
  private static func firstIndex(in list: [Entry], where isAfter: (Entry) -> Bool) -> Int {
    var (low, high) = (0, list.count)
    while low < high {
      let middle = (low + high) / 2
      if isAfter(list[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  private func entry(for report: Report) -> Entry? {
    let sections = AdvisorySelector.rawAdviceSections(of: report)
    guard !sections.isEmpty else { return nil }
    let incidentRegions = report.incidents.compactMap(\.region)
    let titleAndAdvice = [report.title] + sections.map { String($0.1.text) }
    // An incident placed in a region makes the report relevant to it. Otherwise the title and
    // the advice itself count; the rest of the body only when the report places none of its
    // incidents in a region (a Ménaka alert that mentions convoys from Gao is not Gao's advice).
    var regions = Set(incidentRegions).union(names.regions(in: titleAndAdvice))
    if incidentRegions.isEmpty {
      regions.formUnion(names.regions(in: titleAndAdvice + [report.body]))
    }
    let advisories = sections.compactMap { kind, section in
      let text = AdvisorySelector.cleaned(String(section.text), kind: kind)
      return text.isEmpty ? nil : Advisory(kind: kind, text: text, source: report.path, date: report.date)
    }
    return Entry(path: report.path, date: report.date, advisories: advisories, regions: regions)
  }
}
