public import WatchfloorCore

/// Everything one frame of the dashboard needs, computed once per load.
///
/// Build it with ``init(corpus:watched:asOf:loadedAt:assessor:previousIncidentIDs:)`` (or
/// ``init(corpus:watched:asOf:loadedAt:catalog:previousIncidentIDs:assess:)`` with a custom
/// assessor); after a reload, ``updated(to:loadedAt:)`` gives the data of the new corpus at the
/// cost of what changed. The renderer and key handler only read it.
public struct DashboardData: Sendable, Equatable {
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

  /// Incident indices per pane, newest first.
  var rowsByPane: [[Int32]]
  /// Incident index by identity.
  var indexByID: [IncidentID: Int32]
  var search: SearchIndex
  /// The corpus shown and how this data was built, for ``updated(to:loadedAt:)``.
  var basis: DashboardBasis

  public var incidentCount: Int { incidents.count }
  /// Index of the "Other" pane.
  public var otherPaneIndex: Int { panes.count - 1 }
  /// Watched regions, in pane order.
  public var watchedRegions: [Region] { panes.filter { !$0.isOther }.map(\.assessment.region) }

  /// Equal when everything shown is equal (how the data was built is left out).
  public static func == (a: DashboardData, b: DashboardData) -> Bool {
    a.corpusPath == b.corpusPath && a.reportCount == b.reportCount && a.asOf == b.asOf
      && a.asOfSource == b.asOfSource && a.loadedAt == b.loadedAt && a.panes == b.panes
      && a.incidents == b.incidents && a.paneOfIncident == b.paneOfIncident
      && a.newIncidentIDs == b.newIncidentIDs && a.warnings == b.warnings && a.rowsByPane == b.rowsByPane
      && a.indexByID == b.indexByID && a.search == b.search
  }
}
