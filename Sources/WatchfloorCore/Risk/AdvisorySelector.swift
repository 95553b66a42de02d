/// Finds the advice that concerns a region: the Advice section, the `Risks:` line and the
/// `Sectors or assets affected:` line of every report that is relevant to it, newest first.
///
/// A report is relevant when one of its incidents counts for the region (roll-up included) or
/// its text names the region, one of its spellings, or a 2023 region that rolls up into it.
/// Reports dated after the as-of day are left out; undated reports come last.
public struct AdvisorySelector: Sendable {
  public var catalog: RegionCatalog

  public init(catalog: RegionCatalog = .bundled) { self.catalog = catalog }

  /// The advisories for `region`, newest report first; within a report advice, risks, sectors.
  public func advisories(
    for region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day
  ) -> [Advisory] {
    let names = namesCounting(for: region, watched: watched)
    let reports = corpus.reports.filter { report in
      guard report.date.map({ $0 <= asOf }) ?? true, !Self.adviceSections(of: report).isEmpty
      else { return false }
      return isRelevant(report, to: region, watched: watched, names: names)
    }
    let ordered = reports.sorted { a, b in
      switch (a.date, b.date) {
      case (let x?, let y?) where x != y: return x > y
      case (.some, .none): return true
      case (.none, .some): return false
      default: return a.path < b.path
      }
    }
    return ordered.flatMap { report in
      Self.adviceSections(of: report).map { kind, text in
        Advisory(kind: kind, text: text, source: report.path, date: report.date)
      }
    }
  }

  /// The advice-bearing sections of a report, in the order advice, risks, sectors.
  static func adviceSections(of report: Report) -> [(Advisory.Kind, String)] {
    var found: [(Advisory.Kind, String)] = []
    let wanted: [(Advisory.Kind, String, [String])] = [
      (.advice, "Advice", ["Advice:"]),
      (.risks, "Risks", ["Risks:"]),
      (.sectors, "Sectors", ["Sectors or assets affected:", "Sectors:"]),
    ]
    for (kind, name, prefixes) in wanted {
      guard let section = report.section(named: name) else { continue }
      let text = cleaned(section.text, dropping: prefixes)
      if !text.isEmpty { found.append((kind, text)) }
    }
    return found
  }

  private static func cleaned(_ text: String, dropping prefixes: [String]) -> String {
    var body = Substring(text.trimmingWhitespace())
    for prefix in prefixes where body.lowercased().hasPrefix(prefix.lowercased()) {
      body = body.dropFirst(prefix.count)
      break
    }
    return SafeText.multiLine(String(body).trimmingWhitespace())
  }

  private func isRelevant(_ report: Report, to region: Region, watched: Set<Region>, names: [String])
    -> Bool
  {
    let byIncident = report.incidents.contains { incident in
      incident.region.map { catalog.region($0, countsFor: region, watchedSet: watched) } ?? false
    }
    if byIncident { return true }
    // Text: the title and the advice itself always count; the rest of the body only when the
    // report places none of its incidents in a region (otherwise a Ménaka alert that mentions
    // convoys from Gao would become Gao's advice).
    var text = report.title + "\n" + Self.adviceSections(of: report).map(\.1).joined(separator: "\n")
    if !report.incidents.contains(where: { $0.region != nil }) { text += "\n" + report.body }
    let folded = " " + TextFolding.key(text) + " "
    return names.contains { folded.contains(" " + $0 + " ") }
  }

  /// Folded names and spellings of `region` and of the 2023 regions that roll up into it.
  private func namesCounting(for region: Region, watched: Set<Region>) -> [String] {
    catalog.entries
      .filter { catalog.region($0.region, countsFor: region, watchedSet: watched) }
      .flatMap { [$0.region.name] + $0.aliases }
      .map { TextFolding.key($0) }
      .filter { !$0.isEmpty }
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
