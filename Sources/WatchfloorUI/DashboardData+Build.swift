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
  ///   - assess: the risk assessor; defaults to ``RiskAssessor`` with `catalog`.
  public init(
    corpus: Corpus, watched: [Region] = DashboardData.defaultRegions,
    asOf choice: AsOfChoice = .newestReport, loadedAt: String, catalog: RegionCatalog = .bundled,
    previousIncidentIDs: Set<IncidentID>? = nil, assess: Assess? = nil
  ) {
    let assess: Assess =
      assess ?? {
        [assessor = RiskAssessor(catalog: catalog), index = AdviceIndex(corpus: corpus, catalog: catalog)]
        region, watched, corpus, day in
        assessor.assess(region: region, watched: watched, corpus: corpus, asOf: day, adviceIndex: index)
      }
    let (asOf, source) = Self.resolveAsOf(choice, corpus: corpus)
    let incidents = Self.newestFirst(corpus.reports.flatMap(\.incidents))
    var seenRegions: [Region] = []
    for region in watched where !seenRegions.contains(region) { seenRegions.append(region) }
    let watchedSet = Set(seenRegions)
    let otherIndex = seenRegions.count

    var paneOfIncident: [Int32] = []
    paneOfIncident.reserveCapacity(incidents.count)
    var rowsByPane = [[Int32]](repeating: [], count: otherIndex + 1)
    var indexByID: [IncidentID: Int32] = [:]
    indexByID.reserveCapacity(incidents.count)
    var search = SearchIndex()
    var paneOfRegion: [Region: Int] = [:]
    for (index, incident) in incidents.enumerated() {
      var pane = otherIndex
      if let region = incident.region {
        if let known = paneOfRegion[region] {
          pane = known
        } else {
          pane =
            seenRegions.firstIndex { catalog.region(region, countsFor: $0, watchedSet: watchedSet) }
            ?? otherIndex
          paneOfRegion[region] = pane
        }
      }
      paneOfIncident.append(Int32(pane))
      rowsByPane[pane].append(Int32(index))
      indexByID[incident.id] = Int32(index)
      search.append(Self.searchableParts(of: incident))
    }

    var panes: [RegionPane] = seenRegions.map { region in
      let assessment =
        asOf.map { assess(region, watchedSet, corpus, $0) } ?? Self.emptyAssessment(region)
      return RegionPane(name: region.name, assessment: assessment, isOther: false)
    }
    let grouper = IncidentGrouper(regions: catalog)
    panes.append(
      Self.otherPane(
        rows: rowsByPane[otherIndex], incidents: incidents, asOf: asOf, watchedSet: watchedSet,
        corpus: corpus, assess: assess, grouper: grouper))

    var warnings: [DashboardWarning] = corpus.skipped.filter(\.isFailure).map {
      DashboardWarning(path: $0.path, message: $0.message, isFailure: true)
    }
    for report in corpus.reports {
      for message in report.warnings {
        warnings.append(DashboardWarning(path: report.path, message: message, isFailure: false))
      }
    }

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
    self.groupSources = Self.groupSources(incidents, grouper: grouper)
    if let previousIncidentIDs {
      self.newIncidentIDs = Set(incidents.map(\.id)).subtracting(previousIncidentIDs)
    } else {
      self.newIncidentIDs = []
    }
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
    let keys = incidents.map { $0.date.map { Int32($0.day.ordinal) } ?? Int32.min }
    let order = incidents.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] > keys[b] }
      return incidents[a].id < incidents[b].id
    }
    return order.map { incidents[$0] }
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

  /// The sources of every incident that several reports tell, by member identity.
  static func groupSources(_ incidents: [Incident], grouper: IncidentGrouper) -> [IncidentID: [String]] {
    var result: [IncidentID: [String]] = [:]
    for group in grouper.group(incidents) where group.sources.count > 1 {
      for member in group.incidents { result[member.id] = group.sources }
    }
    return result
  }

  /// The "Other" pane: counts over incidents outside the watched regions (the same event told
  /// by several reports counted once, as ``IncidentGrouper`` groups them), the highest level
  /// the assessor gives any of those regions, and their advice.
  static func otherPane(
    rows: [Int32], incidents: [Incident], asOf: Day?, watchedSet: Set<Region>, corpus: Corpus,
    assess: Assess, grouper: IncidentGrouper = IncidentGrouper()
  ) -> RegionPane {
    var assessment = emptyAssessment(Region("Other"))
    guard let asOf else { return RegionPane(name: "Other", assessment: assessment, isOther: true) }
    var weekly = [Int](repeating: 0, count: 12)
    var perRegion: [String: Int] = [:]
    var regions: [Region] = []
    for row in rows {
      if let region = incidents[Int(row)].region, !regions.contains(region) { regions.append(region) }
    }
    for incident in grouper.group(rows.map { incidents[Int($0)] }).map(\.merged) {
      guard let day = incident.date?.day, day <= asOf else { continue }
      let age = day.days(to: asOf)
      if assessment.lastIncident == nil || day > assessment.lastIncident! { assessment.lastIncident = day }
      if age < 7 {
        assessment.incidents7 += 1
        assessment.deaths7 += incident.fatalities ?? 0
      }
      if age < 30 {
        assessment.incidents30 += 1
        assessment.deaths30 += incident.fatalities ?? 0
        perRegion[incident.region?.name ?? "unknown region", default: 0] += 1
      }
      if age < 84 { weekly[11 - age / 7] += 1 }
    }
    assessment.weekly = rows.isEmpty ? [] : weekly
    var highest: (Region, RiskLevel)?
    var advisories: [Advisory] = []
    for region in regions.sorted() {
      let regional = assess(region, watchedSet, corpus, asOf)
      if let level = regional.level, highest == nil || level > highest!.1 { highest = (region, level) }
      advisories.append(contentsOf: regional.advisories)
    }
    assessment.level = highest?.1
    if let highest { assessment.reasons.append("Highest: \(highest.0.name) (\(highest.1.label))") }
    let busiest = perRegion.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    if !busiest.isEmpty {
      assessment.reasons.append(
        "Last 30 days: " + busiest.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }
    assessment.advisories = advisories.sorted { ($0.date ?? Day(ordinal: 0)) > ($1.date ?? Day(ordinal: 0)) }
    return RegionPane(name: "Other", assessment: assessment, isOther: true)
  }
}
