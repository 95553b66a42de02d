/// Finds the advice that concerns a region: the Advice section, the `Risks:` line and the
/// `Sectors or assets affected:` line of every report that is relevant to it, newest first.
///
/// A report is relevant when one of its incidents counts for the region (roll-up included), or
/// its title or advice names the region, one of its spellings, or a 2023 region that rolls up into
/// it. The rest of the body counts only for reports that place none of their incidents in a
/// region. Reports dated after the as-of day are left out; undated reports come last.
public struct AdvisorySelector: Sendable {
  public var catalog: RegionCatalog

  public init(catalog: RegionCatalog = .bundled) { self.catalog = catalog }

  /// The advisories for `region`, newest report first; within a report advice, risks, sectors.
  public func advisories(
    for region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day
  ) -> [Advisory] {
    let names = namesCounting(for: region, watched: watched)
    var found: [(report: Report, sections: [(Advisory.Kind, ReportSection)])] = []
    for report in corpus.reports where report.date.map({ $0 <= asOf }) ?? true {
      let sections = Self.rawAdviceSections(of: report)
      guard !sections.isEmpty,
        isRelevant(report, sections: sections, to: region, watched: watched, names: names)
      else { continue }
      found.append((report, sections))
    }
    found.sort { a, b in
      switch (a.report.date, b.report.date) {
      case (let x?, let y?) where x != y: return x > y
      case (.some, .none): return true
      case (.none, .some): return false
      default: return a.report.path < b.report.path
      }
    }
    return found.flatMap { report, sections in
      sections.compactMap { kind, section in
        let text = Self.cleaned(section.text, kind: kind)
        return text.isEmpty ? nil : Advisory(kind: kind, text: text, source: report.path, date: report.date)
      }
    }
  }

  /// The advice-bearing sections of a report, in the order advice, risks, sectors.
  static func rawAdviceSections(of report: Report) -> [(Advisory.Kind, ReportSection)] {
    var advice: ReportSection?
    var risks: ReportSection?
    var sectors: ReportSection?
    for section in report.sections {
      switch section.name {
      case "Advice": advice = advice ?? section
      case "Risks": risks = risks ?? section
      case "Sectors": sectors = sectors ?? section
      case "", "Event", "Context", "Significance": continue
      default:
        switch section.name.lowercased() {
        case "advice": advice = advice ?? section
        case "risks": risks = risks ?? section
        case "sectors": sectors = sectors ?? section
        default: continue
        }
      }
    }
    return [(Advisory.Kind.advice, advice), (.risks, risks), (.sectors, sectors)].compactMap {
      kind, section in
      section.map { (kind, $0) }
    }
  }

  private static let prefixes: [Advisory.Kind: [String]] = [
    .advice: ["advice:"], .risks: ["risks:"], .sectors: ["sectors or assets affected:", "sectors:"],
  ]

  /// Trimmed, without a leading "Risks:"-style label, control characters neutralised.
  static func cleaned(_ text: String, kind: Advisory.Kind) -> String {
    var body = Substring(text.trimmingWhitespace())
    for prefix in prefixes[kind] ?? [] where body.prefix(prefix.count).lowercased() == prefix {
      body = body.dropFirst(prefix.count)
      break
    }
    return SafeText.multiLine(String(body).trimmingWhitespace())
  }

  private func isRelevant(
    _ report: Report, sections: [(Advisory.Kind, ReportSection)], to region: Region, watched: Set<Region>,
    names: [Name]
  ) -> Bool {
    var placesIncidents = false
    for incident in report.incidents {
      guard let place = incident.region else { continue }
      if catalog.region(place, countsFor: region, watchedSet: watched) { return true }
      placesIncidents = true
    }
    // Text: the title and the advice itself always count; the rest of the body only when the
    // report places none of its incidents in a region (otherwise a Ménaka alert that mentions
    // convoys from Gao would become Gao's advice).
    var texts = [report.title] + sections.map(\.1.text)
    if !placesIncidents { texts.append(report.body) }
    // Cheap byte test first (folding is costly, and most reports name none of the region's
    // names); then the exact test on folded text at word boundaries.
    let lowered = texts.map { Array($0.lowercased().utf8) }
    let candidates = names.filter { name in lowered.contains { $0.containsBytes(name.lowered) } }
    guard !candidates.isEmpty else { return false }
    let folded = " " + TextFolding.key(texts.joined(separator: "\n")) + " "
    return candidates.contains { folded.contains(" " + $0.folded + " ") }
  }

  /// A region name or spelling: lower-cased UTF-8 (for the quick test) and folded (for the exact one).
  struct Name {
    var lowered: [UInt8]
    var folded: String
  }

  /// Names and spellings of `region` and of the 2023 regions that roll up into it.
  private func namesCounting(for region: Region, watched: Set<Region>) -> [Name] {
    catalog.entries
      .filter { catalog.region($0.region, countsFor: region, watchedSet: watched) }
      .flatMap { [$0.region.name] + $0.aliases }
      .map { Name(lowered: Array($0.lowercased().utf8), folded: TextFolding.key($0)) }
      .filter { !$0.folded.isEmpty }
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

extension String {
  /// Without leading and trailing spaces, tabs and newlines.
  func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}
