public import WatchfloorCore

extension DashboardData {
  /// Builds the frame data from a loaded corpus.
  ///
  /// - Parameters:
  ///   - watched: regions with their own pane, in order; everything else counts under "Other".
  ///   - asOf: how the as-of day is chosen.
  ///   - loadedAt: when the corpus was read, preformatted for the header ("14:02:11").
  ///   - previousIncidentIDs: identities of the previous load, to mark new incidents; nil on
  ///     the first load (nothing is new).
  ///   - assess: the risk assessor; defaults to ``RiskAssessor`` with `catalog`. A custom one is
  ///     asked again for every region on every ``updated(to:loadedAt:)``.
  public init(
    corpus: Corpus, watched: [Region] = DashboardData.defaultRegions,
    asOf choice: AsOfChoice = .newestReport, loadedAt: String, catalog: RegionCatalog = .bundled,
    previousIncidentIDs: Set<IncidentID>? = nil, assess: Assess? = nil
  ) {
    let rating: DashboardBasis.Rating = assess.map { .custom($0) } ?? .indexed(RiskAssessor(catalog: catalog))
    self.init(
      basis: DashboardBasis(
        corpus: corpus, watched: Self.withoutRepeats(watched), asOfChoice: choice, catalog: catalog,
        rating: rating, riskIndex: assess == nil ? RiskIndex(corpus: corpus, catalog: catalog) : nil),
      loadedAt: loadedAt, previousIncidentIDs: previousIncidentIDs)
  }

  /// Builds the frame data from a loaded corpus, rating regions with `assessor` (and its
  /// catalogue); ``updated(to:loadedAt:)`` then re-rates only the regions a change concerns.
  public init(
    corpus: Corpus, watched: [Region] = DashboardData.defaultRegions,
    asOf choice: AsOfChoice = .newestReport, loadedAt: String, assessor: RiskAssessor,
    previousIncidentIDs: Set<IncidentID>? = nil
  ) {
    let index = RiskIndex(corpus: corpus, catalog: assessor.catalog)
    self.init(
      basis: DashboardBasis(
        corpus: corpus, watched: Self.withoutRepeats(watched), asOfChoice: choice,
        catalog: assessor.catalog, rating: .indexed(assessor), riskIndex: index),
      loadedAt: loadedAt, previousIncidentIDs: previousIncidentIDs)
  }

  /// The full build.
  init(basis: DashboardBasis, loadedAt: String, previousIncidentIDs: Set<IncidentID>?) {
    let corpus = basis.corpus
    let incidents = Self.newestFirst(corpus.reports.flatMap(\.incidents))
    var panes = PaneAssignment(watched: basis.watched, catalog: basis.catalog)
    var paneOfIncident: [Int32] = []
    paneOfIncident.reserveCapacity(incidents.count)
    var search = SearchIndex()
    for incident in incidents {
      paneOfIncident.append(panes.pane(of: incident))
      search.append(Self.searchableParts(of: incident))
    }
    var newIncidentIDs = Set<IncidentID>()
    if let previousIncidentIDs {
      newIncidentIDs = Set(incidents.map(\.id)).subtracting(previousIncidentIDs)
    }
    self.init(
      assembling: basis, incidents: incidents, paneOfIncident: paneOfIncident, search: search,
      loadedAt: loadedAt, newIncidentIDs: newIncidentIDs)
  }

  /// The part of a build that full builds and updates share: row lists, the identity index,
  /// the panes (assessments come from `basis`, which remembers them), warnings.
  init(
    assembling basis: DashboardBasis, incidents: [Incident], paneOfIncident: [Int32],
    search: SearchIndex, loadedAt: String, newIncidentIDs: Set<IncidentID>
  ) {
    var basis = basis
    let corpus = basis.corpus
    let (asOf, source) = Self.resolveAsOf(basis.asOfChoice, corpus: corpus)
    let otherIndex = basis.watched.count
    var rowsByPane = [[Int32]](repeating: [], count: otherIndex + 1)
    var indexByID: [IncidentID: Int32] = [:]
    indexByID.reserveCapacity(incidents.count)
    for index in incidents.indices {  // by index: iterating would copy every incident
      rowsByPane[Int(paneOfIncident[index])].append(Int32(index))
      indexByID[incidents[index].id] = Int32(index)
    }

    let watchedSet = basis.watchedSet
    var panes: [RegionPane] = basis.watched.map { region in
      let assessment =
        asOf.map { basis.assessment(of: region, asOf: $0, watchedSet: watchedSet) }
        ?? Self.emptyAssessment(region)
      return RegionPane(name: region.name, assessment: assessment, isOther: false)
    }
    basis.otherRegionCounts = [:]
    for row in rowsByPane[otherIndex] {
      if let region = incidents[Int(row)].region { basis.otherRegionCounts[region, default: 0] += 1 }
    }
    basis.otherCounts = asOf.map {
      Self.otherCounts(rows: rowsByPane[otherIndex], incidents: incidents, asOf: $0, catalog: basis.catalog)
    }
    basis.otherRisk = asOf.map { Self.otherRisk(asOf: $0, watchedSet: watchedSet, basis: &basis) }
    panes.append(Self.otherPane(basis: basis, hasRows: !rowsByPane[otherIndex].isEmpty))

    let warnings = Self.warnings(of: corpus)

    self.corpusPath = corpus.root
    self.reportCount = corpus.reports.count
    self.asOf = asOf
    self.asOfSource = source
    self.loadedAt = loadedAt
    self.panes = panes
    self.incidents = incidents
    self.paneOfIncident = paneOfIncident
    self.rowsByPane = rowsByPane
    self.indexByID = indexByID
    self.search = search
    self.warnings = warnings
    self.newIncidentIDs = newIncidentIDs
    self.basis = basis
  }

  /// Files that failed (in path order), then reports' own warnings (in path order).
  static func warnings(of corpus: Corpus) -> [DashboardWarning] {
    var warnings: [DashboardWarning] = corpus.skipped.filter(\.isFailure).map {
      DashboardWarning(path: $0.path, message: $0.message, isFailure: true)
    }
    for index in corpus.reports.indices where !corpus.reports[index].warnings.isEmpty {
      let report = corpus.reports[index]
      for message in report.warnings {
        warnings.append(DashboardWarning(path: report.path, message: message, isFailure: false))
      }
    }
    return warnings
  }

  /// Identities of all incidents, to pass as `previousIncidentIDs` to the next load.
  public var incidentIDs: Set<IncidentID> { Set(indexByID.keys) }

  /// The incident with this identity, if present.
  public func incident(withID id: IncidentID) -> Incident? {
    indexByID[id].map { incidents[Int($0)] }
  }

  /// Incidents newest first (``Incident/newestFirst(_:_:)``), sorting compact keys instead of
  /// moving whole incidents around.
  static func newestFirst(_ incidents: [Incident]) -> [Incident] {
    let keys = incidents.map(sortKey)
    let order = incidents.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] > keys[b] }
      return incidents[a].id < incidents[b].id
    }
    return order.map { incidents[$0] }
  }

  /// The list order: newest day first, undated last, then by identity.
  static func precedes(_ a: Incident, _ b: Incident) -> Bool {
    let (x, y) = (sortKey(a), sortKey(b))
    return x != y ? x > y : a.id < b.id
  }

  private static func sortKey(_ incident: Incident) -> Int32 {
    incident.date.map { Int32($0.day.ordinal) } ?? Int32.min
  }

  static func withoutRepeats(_ regions: [Region]) -> [Region] {
    var seen: [Region] = []
    for region in regions where !seen.contains(region) { seen.append(region) }
    return seen
  }

  static func resolveAsOf(_ choice: AsOfChoice, corpus: Corpus) -> (Day?, AsOfSource) {
    switch choice {
    case .fixed(let day): return (day, .option)
    case .today(let day): return (day, .today)
    case .newestReport:
      // The rule (stated dates first, file dates only when none is stated) is Core's; with no
      // dated report at all the dashboard shows empty windows rather than picking today.
      let resolved = AsOf.resolve(corpus: corpus, today: Day(ordinal: 0))
      return resolved.source == .today ? (nil, .none) : (resolved.day, .newestReport)
    }
  }

  static func emptyAssessment(_ region: Region) -> RegionAssessment {
    RegionAssessment(
      region: region, level: nil, incidents7: 0, incidents30: 0, deaths7: 0, deaths30: 0,
      lastIncident: nil, weekly: [], trend: nil, reasons: [], advisories: [], situation: "")
  }

  static func searchableParts(of incident: Incident) -> [String] {
    var parts = [incident.date?.description ?? "", incident.region?.name ?? "", incident.location ?? ""]
    parts.append(incident.eventType?.rawValue ?? "")
    parts.append(contentsOf: incident.actors)
    parts.append(incident.summary)
    parts.append(incident.source)
    return parts
  }
}
