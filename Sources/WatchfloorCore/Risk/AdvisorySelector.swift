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
    advisories(
      for: region, watched: watched, index: AdviceIndex(corpus: corpus, catalog: catalog), asOf: asOf)
  }

  /// Like ``advisories(for:watched:corpus:asOf:)``, with the corpus indexed once for all regions.
  public func advisories(
    for region: Region, watched: Set<Region>, index: AdviceIndex, asOf: Day
  ) -> [Advisory] {
    index.advisories(countingFor: { catalog.region($0, countsFor: region, watchedSet: watched) }, asOf: asOf)
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
}

extension String {
  /// Without leading and trailing spaces, tabs and newlines.
  func trimmingWhitespace() -> String {
    if let trimmed = trimmingASCIIWhitespace() { return trimmed }
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }
}

extension String {
  /// ``trimmingWhitespace()`` on bytes, when the first and last bytes that are not ASCII
  /// whitespace (tab, line feed, vertical tab, form feed, carriage return, space) are ASCII:
  /// then the Characters trimmed are exactly those bytes (an ASCII byte between ASCII bytes is
  /// a grapheme of its own, a carriage return and line feed one whitespace grapheme). Nil
  /// otherwise (no such byte, or a non-ASCII one, which may be whitespace or join a grapheme).
  fileprivate func trimmingASCIIWhitespace() -> String? {
    let utf8 = self.utf8
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    guard let first = utf8.firstIndex(where: { !isSpace($0) }),
      let last = utf8.lastIndex(where: { !isSpace($0) }),
      utf8[first] < 0x80, utf8[last] < 0x80
    else { return nil }
    if first == utf8.startIndex, last == utf8.index(before: utf8.endIndex) { return self }
    return String(self[first..<utf8.index(after: last)])
  }
}
