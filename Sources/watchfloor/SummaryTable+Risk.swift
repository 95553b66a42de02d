import WatchfloorCore

extension SummaryTable {
  /// The regions of the rows ("(unassigned)" has none).
  var rowRegions: [Region] { rows.compactMap { catalog.region(named: $0.name) } }

  /// Rates every row's region as of `asOf`. Every row is its own region: the watched set is all
  /// rows, so a 2023 region with a row of its own is not also counted in its parent.
  mutating func assess(asOf: AsOf, settings: RiskSettings) {
    let assessor = RiskAssessor(catalog: catalog, settings: settings)
    self.asOf = asOf
    assessments = Dictionary(
      uniqueKeysWithValues: assessor.assessAll(regions: rowRegions, corpus: corpus, asOf: asOf.day)
        .map { ($0.region.name, $0) })
  }
}
