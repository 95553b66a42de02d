public import WatchfloorCore

/// Everything one frame of the dashboard needs, computed once per load.
///
/// Build it with ``init(corpus:watched:asOf:loadedAt:catalog:previousIncidentIDs:assess:)``;
/// the renderer and key handler only read it.
public struct DashboardData: Sendable {
  /// Regions watched when none are configured.
  public static let defaultRegions: [Region] = ["Gao", "Ménaka", "Mopti", "Kidal"].map(Region.init)

  /// The signature of a risk assessor: region, watched set, corpus, as-of day.
  public typealias Assess = @Sendable (Region, Set<Region>, Corpus, Day) -> RegionAssessment

  /// Absolute path of the corpus directory.
  public var corpusPath: String
  public var reportCount: Int
  /// The day the counting windows end on, if any report is dated.
  public var asOf: Day?
  public var asOfSource: AsOfSource
  /// When the corpus was read, preformatted (e.g. "14:02:11").
  public var loadedAt: String
  /// Watched regions in order, then "Other".
  public var panes: [RegionPane]
  /// All incidents, newest first.
  public var incidents: [Incident]
  /// For each incident, the index of its pane in ``panes``.
  public var paneOfIncident: [Int32]
  /// Incidents that were not in the previous load.
  public var newIncidentIDs: Set<IncidentID>
  /// Files that failed or loaded with problems.
  public var warnings: [DashboardWarning]
  /// For an incident that several reports tell (one ``IncidentGroup``), the sources of all of
  /// them; absent for an incident told by one report.
  public var groupSources: [IncidentID: [String]] = [:]

  /// Incident indices per pane, newest first.
  var rowsByPane: [[Int32]]
  /// Incident index by identity.
  var indexByID: [IncidentID: Int32]
  var search: SearchIndex

  public var incidentCount: Int { incidents.count }
  /// Index of the "Other" pane.
  public var otherPaneIndex: Int { panes.count - 1 }
  /// Watched regions, in pane order.
  public var watchedRegions: [Region] { panes.filter { !$0.isOther }.map(\.assessment.region) }
}
