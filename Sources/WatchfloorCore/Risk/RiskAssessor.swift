/// Rates the risk of a region from its incidents and the corpus's advice, as of a day.
///
/// SCAFFOLD: counts only; the risk helper replaces the level, trend and reasons logic.
public struct RiskAssessor: Sendable {
  public var catalog: RegionCatalog
  public init(catalog: RegionCatalog = .bundled) { self.catalog = catalog }

  /// Assessment of `region` as of `asOf`, counting incidents per ``RegionCatalog`` roll-up rules.
  public func assess(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day
  ) -> RegionAssessment {
    let mine = corpus.reports.flatMap(\.incidents).filter { incident in
      guard let r = incident.region, let d = incident.date?.day, d <= asOf else { return false }
      return catalog.region(r, countsFor: region, watchedSet: watched)
    }
    func within(_ days: Int) -> [Incident] {
      mine.filter { asOf.ordinal - $0.date!.day.ordinal < days }
    }
    let last7 = within(7)
    let last30 = within(30)
    let level: RiskLevel? =
      mine.isEmpty ? nil : last30.count >= 6 ? .high : last30.count >= 2 ? .moderate : .low
    return RegionAssessment(
      region: region, level: level, incidents7: last7.count, incidents30: last30.count,
      deaths7: last7.reduce(0) { $0 + ($1.fatalities ?? 0) },
      deaths30: last30.reduce(0) { $0 + ($1.fatalities ?? 0) },
      lastIncident: mine.compactMap { $0.date?.day }.max(), weekly: [], trend: nil, reasons: [],
      advisories: [], situation: "")
  }
}
