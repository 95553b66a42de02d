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
  }

  /// Advice-bearing reports by path.
  private(set) var entries: [String: Entry] = [:]
  /// Paths of the entries relevant to each region (before roll-up).
  private(set) var pathsByRegion: [Region: Set<String>] = [:]
  private let names: [Name]

  /// Indexes the advice-bearing reports of `corpus`.
  public init(corpus: Corpus, catalog: RegionCatalog = .bundled) {
    names = AdviceIndex.regionNames(catalog)
    for report in corpus.reports { add(report) }
  }

  /// Indexes `report` (replacing any entry with its path) if it carries advice.
  public mutating func add(_ report: Report) {
    remove(path: report.path)
    guard let entry = entry(for: report) else { return }
    entries[report.path] = entry
    for region in entry.regions { pathsByRegion[region, default: []].insert(report.path) }
  }

  /// Forgets the report at `path`.
  public mutating func remove(path: String) {
    guard let entry = entries.removeValue(forKey: path) else { return }
    for region in entry.regions {
      pathsByRegion[region]?.remove(path)
      if pathsByRegion[region]?.isEmpty == true { pathsByRegion[region] = nil }
    }
  }

  /// The regions (before roll-up) whose advice includes the report at `path`, if it has advice.
  func regions(ofReportAt path: String) -> Set<Region> { entries[path]?.regions ?? [] }

  /// The entries relevant to `region` (roll-up included), in no particular order.
  func entries(countingFor counts: (Region) -> Bool) -> [Entry] {
    var paths = Set<String>()
    var found: [Entry] = []
    for (named, regionPaths) in pathsByRegion where counts(named) {
      for path in regionPaths where paths.insert(path).inserted {
        if let entry = entries[path] { found.append(entry) }
      }
    }
    return found
  }

  private func entry(for report: Report) -> Entry? {
    let sections = AdvisorySelector.rawAdviceSections(of: report)
    guard !sections.isEmpty else { return nil }
    let incidentRegions = report.incidents.compactMap(\.region)
    let titleAndAdvice = [report.title] + sections.map(\.1.text)
    // An incident placed in a region makes the report relevant to it. Otherwise the title and
    // the advice itself count; the rest of the body only when the report places none of its
    // incidents in a region (a Ménaka alert that mentions convoys from Gao is not Gao's advice).
    var regions = Set(incidentRegions).union(AdviceIndex.regionsNamed(in: titleAndAdvice, names: names))
    if incidentRegions.isEmpty {
      regions.formUnion(AdviceIndex.regionsNamed(in: titleAndAdvice + [report.body], names: names))
    }
    let advisories = sections.compactMap { kind, section in
      let text = AdvisorySelector.cleaned(section.text, kind: kind)
      return text.isEmpty ? nil : Advisory(kind: kind, text: text, source: report.path, date: report.date)
    }
    return Entry(path: report.path, date: report.date, advisories: advisories, regions: regions)
  }

  /// A region name or spelling: lower-cased UTF-8 (for the quick test) and folded (for the exact one).
  struct Name: Sendable {
    var region: Region
    var lowered: [UInt8]
    var folded: String
  }

  /// Every region's names and spellings.
  static func regionNames(_ catalog: RegionCatalog) -> [Name] {
    catalog.entries.flatMap { entry in
      ([entry.region.name] + entry.aliases).map {
        Name(region: entry.region, lowered: Array($0.lowercased().utf8), folded: TextFolding.key($0))
      }
    }.filter { !$0.folded.isEmpty }
  }

  /// The regions whose names occur in `texts` as whole words (case and diacritics ignored).
  static func regionsNamed(in texts: [String], names: [Name]) -> Set<Region> {
    // Cheap byte test first (folding is costly, and most texts name few regions); then the
    // exact test on folded text at word boundaries.
    let lowered = texts.map { Array($0.lowercased().utf8) }
    let candidates = names.filter { name in lowered.contains { $0.containsBytes(name.lowered) } }
    guard !candidates.isEmpty else { return [] }
    let folded = " " + TextFolding.key(texts.joined(separator: "\n")) + " "
    return Set(candidates.filter { folded.contains(" " + $0.folded + " ") }.map(\.region))
  }
}

extension Array where Element == UInt8 {
  /// Whether `needle` occurs in these bytes.
  fileprivate func containsBytes(_ needle: [UInt8]) -> Bool {
    guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
    var i = 0
    let last = count - needle.count
    while i <= last {
      if self[i] == first {
        var j = 1
        while j < needle.count && self[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}
