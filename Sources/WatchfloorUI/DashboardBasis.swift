import WatchfloorCore

/// What a ``DashboardData`` was built from and keeps for an incremental update: the corpus
/// snapshot, the build options, and the risk state (index and the assessments already made).
struct DashboardBasis: Sendable {
  /// How regions are rated.
  enum Rating: Sendable {
    /// A ``RiskAssessor`` over ``DashboardBasis/riskIndex``, updated report by report.
    case indexed(RiskAssessor)
    /// A caller's assessor (tests): asked again for every region on every update.
    case custom(DashboardData.Assess)
  }

  /// The corpus shown. Its report list is left out (``holdsReports`` false) after an update
  /// told the previous reports, so that the store's list is not shared (and copied on its
  /// next update); then an update needs those reports again, or builds in full.
  var corpus: Corpus
  var holdsReports = true
  /// Watched regions without repeats, in pane order.
  var watched: [Region]
  var asOfChoice: AsOfChoice
  var catalog: RegionCatalog
  var rating: Rating
  /// The index ``Rating/indexed(_:)`` rates from (nil for a custom assessor). A stored
  /// property of its own, so an update changes it in place.
  var riskIndex: RiskIndex?
  /// The newest report dates of ``corpus``, for the as-of day.
  var reportDates: NewestReportDates
  /// The as-of day of ``assessments``.
  var asOf: Day?
  /// Assessments made as of ``asOf`` for this corpus (watched regions and the regions under
  /// "Other"), so an update re-rates only the regions a change concerns.
  var assessments: [Region: RegionAssessment] = [:]
  /// The incidents counted for each region assessed as of ``asOf`` (``Rating/indexed(_:)``
  /// only), kept when a change concerns only the region's advice.
  var counted: [Region: [CountedIncident]] = [:]
  /// The advice of regions to rate again as of ``asOf`` whose incidents changed but whose
  /// advice did not (``Rating/indexed(_:)`` only): their previous assessment's, reused as is.
  var knownAdvice: [Region: [Advisory]] = [:]
  /// How many incidents under "Other" each region has: the regions whose level and advice
  /// the "Other" pane shows.
  var otherRegionCounts: [Region: Int] = [:]
  /// The two halves of the "Other" pane as last made (nil without an as-of day), so an update
  /// remakes only the half a change concerns.
  var otherCounts: DashboardData.OtherCounts?
  var otherRisk: DashboardData.OtherRisk?
  /// Tells this build from others.
  var token = DashboardBasis.newToken()
  /// The ``token`` of the data this was updated from: its new incidents are then exactly those
  /// that data did not have.
  var derivedFrom: UInt64?

  init(
    corpus: Corpus, watched: [Region], asOfChoice: AsOfChoice, catalog: RegionCatalog, rating: Rating,
    riskIndex: RiskIndex?
  ) {
    self.corpus = corpus
    self.watched = watched
    self.asOfChoice = asOfChoice
    self.catalog = catalog
    self.rating = rating
    self.riskIndex = riskIndex
    reportDates = NewestReportDates(corpus.reports)
  }

  static func newToken() -> UInt64 { UInt64.random(in: .min ... .max) }

  var watchedSet: Set<Region> { Set(watched) }

  /// The assessment of `region` as of `day`, made once.
  mutating func assessment(of region: Region, asOf day: Day, watchedSet: Set<Region>) -> RegionAssessment {
    if asOf != day {
      assessments = [:]
      counted = [:]
      knownAdvice = [:]
      asOf = day
    }
    if let known = assessments[region] { return known }
    let made: RegionAssessment
    switch rating {
    case .indexed(let assessor):
      let index = riskIndex ?? RiskIndex(corpus: corpus, catalog: assessor.catalog)
      let incidents =
        counted[region] ?? assessor.counted(region: region, watched: watchedSet, index: index, asOf: day)
      counted[region] = incidents
      if let advisories = knownAdvice.removeValue(forKey: region) {
        made = assessor.assess(region: region, asOf: day, counted: incidents, knownAdvisories: advisories)
      } else {
        made = assessor.assess(
          region: region, watched: watchedSet, index: index, asOf: day, counted: incidents)
      }
    case .custom(let assess):
      made = assess(region, watchedSet, corpus, day)
    }
    assessments[region] = made
    return made
  }
}
