import WatchfloorCore

/// What a ``DashboardData`` was built from and keeps for an incremental update: the corpus
/// snapshot, the build options, and the risk state (index and the assessments already made).
struct DashboardBasis: Sendable {
  /// How regions are rated.
  enum Rating: Sendable {
    /// A ``RiskAssessor`` over a ``RiskIndex`` of ``DashboardBasis/corpus``, updated report by
    /// report.
    case indexed(RiskAssessor, RiskIndex)
    /// A caller's assessor (tests): asked again for every region on every update.
    case custom(DashboardData.Assess)
  }

  var corpus: Corpus
  /// Watched regions without repeats, in pane order.
  var watched: [Region]
  var asOfChoice: AsOfChoice
  var catalog: RegionCatalog
  var rating: Rating
  /// The as-of day of ``assessments``.
  var asOf: Day?
  /// Assessments made as of ``asOf`` for this corpus (watched regions and the regions under
  /// "Other"), so an update re-rates only the regions a change concerns.
  var assessments: [Region: RegionAssessment] = [:]
  /// Tells this build from others.
  var token = DashboardBasis.newToken()
  /// The ``token`` of the data this was updated from: its new incidents are then exactly those
  /// that data did not have.
  var derivedFrom: UInt64?

  static func newToken() -> UInt64 { UInt64.random(in: .min ... .max) }

  var watchedSet: Set<Region> { Set(watched) }

  /// The assessment of `region` as of `day`, made once.
  mutating func assessment(of region: Region, asOf day: Day, watchedSet: Set<Region>) -> RegionAssessment {
    if asOf != day {
      assessments = [:]
      asOf = day
    }
    if let known = assessments[region] { return known }
    let made: RegionAssessment
    switch rating {
    case .indexed(let assessor, let index):
      made = assessor.assess(region: region, watched: watchedSet, index: index, asOf: day)
    case .custom(let assess):
      made = assess(region, watchedSet, corpus, day)
    }
    assessments[region] = made
    return made
  }
}
