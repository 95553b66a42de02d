/// Rates the risk of a region from its incidents and the corpus's advice, as of a day.
///
/// The model (documented in `docs/risk-model.md`, numbers in ``RiskSettings``):
/// 1. Incidents that count for the region (2023 regions roll up into their parent unless watched),
///    as known on the as-of day, the same event from two reports counted once.
/// 2. Score = Σ over the last 30 days of (event-type severity + points per death) × ½^(age / half-life).
/// 3. Level from the score thresholds; one step up when the last 30 days are a spike against the
///    region's 12-month weekly average; then one step towards the level the latest advice states.
/// 4. No incident in the 30 days or the 52 weeks before → no level ("no data"), never Minimal.
public struct RiskAssessor: Sendable {
  public var catalog: RegionCatalog
  public var settings: RiskSettings
  public var cues: AdviceLevelCues

  public init(
    catalog: RegionCatalog = .bundled, settings: RiskSettings = RiskSettings(),
    cues: AdviceLevelCues = .bundled
  ) {
    self.catalog = catalog
    self.settings = settings
    self.cues = cues
  }

  /// Assessment of `region` as of `asOf`, counting incidents per ``RegionCatalog`` roll-up rules.
  public func assess(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day
  ) -> RegionAssessment {
    assess(
      region: region, watched: watched, corpus: corpus, asOf: asOf,
      adviceIndex: AdviceIndex(corpus: corpus, catalog: catalog))
  }

  /// Like ``assess(region:watched:corpus:asOf:)``, reusing an ``AdviceIndex`` of `corpus` built
  /// once for all regions (what the dashboard and `summary` do).
  public func assess(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day, adviceIndex: AdviceIndex
  ) -> RegionAssessment {
    let counted = RegionIncidents.select(
      region: region, watched: watched, corpus: corpus, asOf: asOf, catalog: catalog)
    let advisories = AdvisorySelector(catalog: catalog).advisories(
      for: region, watched: watched, index: adviceIndex, asOf: asOf)
    return assessment(of: region, counted: counted, advisories: advisories, asOf: asOf)
  }

  /// Like ``assess(region:watched:corpus:asOf:)`` on the corpus `index` describes, at the cost
  /// of the region's own incidents and advice (what the dashboard does on every reload).
  public func assess(region: Region, watched: Set<Region>, index: RiskIndex, asOf: Day) -> RegionAssessment {
    assess(
      region: region, watched: watched, index: index, asOf: asOf,
      counted: counted(region: region, watched: watched, index: index, asOf: asOf))
  }

  /// The incidents that count for `region` as of `asOf` in the corpus `index` describes (what
  /// ``assess(region:watched:index:asOf:counted:)`` rates), to keep while only the region's
  /// advice changes.
  public func counted(region: Region, watched: Set<Region>, index: RiskIndex, asOf: Day) -> [CountedIncident]
  {
    index.counted(region: region, watched: watched, asOf: asOf, catalog: catalog)
  }

  /// Like ``assess(region:watched:index:asOf:)`` with the region's incidents already counted
  /// (``counted(region:watched:index:asOf:)`` on an index with the same incidents).
  public func assess(
    region: Region, watched: Set<Region>, index: RiskIndex, asOf: Day, counted: [CountedIncident]
  ) -> RegionAssessment {
    let advisories = AdvisorySelector(catalog: catalog).advisories(
      for: region, watched: watched, index: index.advice, asOf: asOf)
    return assessment(of: region, counted: counted, advisories: advisories, asOf: asOf)
  }

  func assessment(
    of region: Region, counted: [CountedIncident], advisories: [Advisory], asOf: Day
  ) -> RegionAssessment {
    let breakdown = RiskBreakdown(
      counted: counted, advisories: advisories, asOf: asOf, settings: settings, cues: cues)
    let weekly = WeeklyTrend.weekly(counted)
    let trend = breakdown.level == nil ? nil : WeeklyTrend.trend(weekly: weekly, settings: settings)
    let narrative = RiskNarrative(region: region, breakdown: breakdown, trend: trend, asOf: asOf)
    return RegionAssessment(
      region: region, level: breakdown.level, incidents7: breakdown.last7.count,
      incidents30: breakdown.last30.count, deaths7: breakdown.deaths7, deaths30: breakdown.deaths30,
      lastIncident: counted.compactMap { $0.incident.date?.day }.max(), weekly: weekly, trend: trend,
      reasons: narrative.reasons, advisories: advisories, situation: narrative.situation,
      explanation: narrative.explanation, score: breakdown.level == nil ? nil : breakdown.score,
      baselineWeekly: breakdown.baselineWeekly)
  }

  /// Assessments of `regions` in order, each with the others as the watched set.
  ///
  /// Rated from a ``RiskIndex`` of `corpus` (the same assessments as the corpus scan, at the
  /// cost of each region's incidents of the last 13 months): scanning and grouping every
  /// incident of the whole history once per region grew faster than the corpus.
  public func assessAll(regions: [Region], corpus: Corpus, asOf: Day) -> [RegionAssessment] {
    assessAll(regions: regions, index: RiskIndex(corpus: corpus, catalog: catalog), asOf: asOf)
  }

  /// ``assessAll(regions:corpus:asOf:)`` from an index of the corpus built beforehand (with
  /// this assessor's catalogue), so the index can be built while other work runs.
  public func assessAll(regions: [Region], index: RiskIndex, asOf: Day) -> [RegionAssessment] {
    let watched = Set(regions)
    // Each region is rated on its own from the same values: in parallel, in order.
    return ParallelMap.map(regions) { [self] region in
      assess(region: region, watched: watched, index: index, asOf: asOf)
    }
  }
}
