/// What advisory selection needs from each report, computed once per corpus.
///
/// Choosing a region's advice used to lower-case and fold every report's text once per region;
/// on a 10,000-report corpus with twenty regions that dominated a dashboard rebuild. The index
/// reads each report once and records which regions its title, advice and body name, so each
/// region's selection is a scan of small records.
public struct AdviceIndex: Sendable {
  /// One report that carries advice.
  struct Entry: Sendable {
    var report: Report
    var sections: [(Advisory.Kind, ReportSection)]
    /// Regions of the report's incidents.
    var incidentRegions: [Region]
    /// Regions named (by name or spelling) in the title or the advice sections.
    var namedInTitleOrAdvice: Set<Region>
    /// Regions named anywhere in the body; only consulted when no incident has a region.
    var namedInBody: Set<Region>
  }

  let entries: [Entry]

  /// Indexes the advice-bearing reports of `corpus`.
  public init(corpus: Corpus, catalog: RegionCatalog = .bundled) {
    let names = AdviceIndex.regionNames(catalog)
    entries = corpus.reports.compactMap { report in
      let sections = AdvisorySelector.rawAdviceSections(of: report)
      guard !sections.isEmpty else { return nil }
      let regions = report.incidents.compactMap(\.region)
      let titleAndAdvice = [report.title] + sections.map(\.1.text)
      return Entry(
        report: report, sections: sections, incidentRegions: regions,
        namedInTitleOrAdvice: AdviceIndex.regionsNamed(in: titleAndAdvice, names: names),
        namedInBody: regions.isEmpty
          ? AdviceIndex.regionsNamed(in: titleAndAdvice + [report.body], names: names) : [])
    }
  }

  /// A region name or spelling: lower-cased UTF-8 (for the quick test) and folded (for the exact one).
  struct Name {
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
