import WatchfloorCore

/// The `summary` output: a header about the corpus and one row per region.
///
/// Rows: every pre-2023 region of the catalogue, then 2023 regions that have incidents, then
/// "(unassigned)" for incidents without a region; an event several reports tell counts once.
/// Kept separate from the command so more
/// columns (risk level, trend) and other formats can be added here.
struct SummaryTable {
  struct Row {
    var name: String
    var incidents = 0
    var fatalities = 0
    var lastIncident: Day?
  }

  let corpus: Corpus
  let catalog: RegionCatalog
  /// The rows, counted once (grouping every incident is the costly part).
  let rows: [Row]
  /// Set by ``assess(asOf:settings:)``: the as-of day and each row's risk assessment by name.
  var asOf: AsOf?
  var assessments: [String: RegionAssessment] = [:]

  init(corpus: Corpus, catalog: RegionCatalog = .bundled) {
    self.corpus = corpus
    self.catalog = catalog
    rows = Self.rows(corpus: corpus, catalog: catalog)
  }

  private static func rows(corpus: Corpus, catalog: RegionCatalog) -> [Row] {
    var byRegion: [Region: Row] = [:]
    var unassigned = Row(name: "(unassigned)")
    // The same event told by several reports counts once (Core's IncidentGrouper).
    let counted = IncidentGrouper(regions: catalog).mergedGroups(corpus.reports.flatMap(\.incidents))
    for incident in counted {
      var row = incident.region.map { byRegion[$0] ?? Row(name: $0.name) } ?? unassigned
      row.incidents += 1
      row.fatalities += incident.fatalities ?? 0
      if let day = incident.date?.day, row.lastIncident.map({ day > $0 }) ?? true { row.lastIncident = day }
      if let region = incident.region { byRegion[region] = row } else { unassigned = row }
    }
    var rows: [Row] = []
    for region in catalog.regions where catalog.parent(of: region) == nil || byRegion[region] != nil {
      rows.append(byRegion.removeValue(forKey: region) ?? Row(name: region.name))
    }
    rows += byRegion.values.sorted { $0.name < $1.name }
    if unassigned.incidents > 0 { rows.append(unassigned) }
    return rows
  }

  func render(width: Int) -> [String] {
    let failed = corpus.skipped.filter(\.isFailure).count
    let span = corpus.dateSpan.map { "\($0.lowerBound) to \($0.upperBound)" } ?? "no dates"
    var lines = [
      "Corpus:  " + SafeText.singleLine(corpus.root),
      "Reports: \(corpus.reports.count) (\(corpus.skipped.count) skipped, \(failed) failed)",
      "Dates:   " + span,
    ]
    if let asOf { lines.append("As of:   \(asOf)") }
    lines += [
      "",
      TextColumns.row([
        TextColumns.cell("REGION", width: 14), TextColumns.cell("INCIDENTS", width: 9, alignRight: true),
        TextColumns.cell("FATALITIES", width: 10, alignRight: true),
        TextColumns.cell("LAST INCIDENT", width: 13), TextColumns.cell("LEVEL", width: 8),
        TextColumns.cell("TREND", width: 7), "WHY",
      ]),
    ]
    for row in rows {
      let assessment = assessments[row.name]
      lines.append(
        TextColumns.row([
          TextColumns.cell(row.name, width: 14),
          TextColumns.cell(String(row.incidents), width: 9, alignRight: true),
          TextColumns.cell(String(row.fatalities), width: 10, alignRight: true),
          TextColumns.cell(row.lastIncident?.iso ?? "-", width: 13),
          TextColumns.cell(assessment.map { $0.level?.label ?? "no data" } ?? "-", width: 8),
          TextColumns.cell(assessment?.trend?.rawValue ?? "-", width: 7),
          TextColumns.cell(assessment.map(Self.why) ?? "", width: max(width - 77, 10)),
        ]))
    }
    return lines.map { String($0.prefix(max(width, 20))) }
  }

  /// The explanation without its leading "Level: ", which the LEVEL column already shows.
  private static func why(_ assessment: RegionAssessment) -> String {
    let text = assessment.explanation
    guard let colon = text.firstIndex(of: ":") else { return text }
    return String(text[text.index(after: colon)...].drop { $0 == " " })
  }
}
