public import WatchfloorCore

extension DashboardData {
  /// The data for `corpus`, a later snapshot of the same folder, worked out from this data at
  /// the cost of what changed (see ``update(to:loadedAt:changedPaths:previousReports:)``, which does it in
  /// place without copying this data first).
  public func updated(
    to corpus: Corpus, loadedAt: String, changedPaths: [String]? = nil,
    previousReports: [String: Report]? = nil
  ) -> DashboardData {
    var next = self
    next.update(to: corpus, loadedAt: loadedAt, changedPaths: changedPaths, previousReports: previousReports)
    return next
  }

  /// Turns this data into the data for `corpus`, a later snapshot of the same folder, at the
  /// cost of what changed rather than of the whole corpus.
  ///
  /// The result equals a full build of `corpus` with the same options and
  /// `previousIncidentIDs` the identities this data had (so incidents that were not here are
  /// marked new). The reports that changed are those at `changedPaths` (as
  /// ``CorpusUpdate/changedPaths`` lists them), else found by comparing the two snapshots. Of
  /// a changed report, only the incidents that differ leave and enter the sorted list, the
  /// search index and the panes, in one pass that moves the untouched stretches in place
  /// (nothing is copied or freed when this data is the only holder of its storage, as in
  /// ``AppState/reload(to:changedPaths:previousReports:loadedAt:reloadedFiles:at:)``); the risk index swaps
  /// those incidents and the advice that changed; only the regions they concern are rated
  /// again (all of them when the as-of day moves), and the "Other" pane only when it is
  /// concerned. It falls back to a full build when the snapshots are not in path order (as
  /// ``CorpusStore`` keeps them) or identities repeat.
  ///
  /// With `previousReports` (``CorpusUpdate/previousReports``, the reports at `changedPaths`
  /// before), the data keeps no report list of its own afterwards: the store's list is then
  /// not shared, so the store changes it in place instead of copying it. A later update
  /// without them builds in full.
  public mutating func update(
    to corpus: Corpus, loadedAt: String, changedPaths: [String]? = nil,
    previousReports: [String: Report]? = nil
  ) {
    let previous = basis.corpus
    var diff: ReportDiff?
    if let changedPaths, let previousReports {
      diff = ReportDiff(from: previousReports, count: reportCount, to: corpus.reports, paths: changedPaths)
    } else if basis.holdsReports {
      if let changedPaths {
        diff = ReportDiff(from: previous.reports, to: corpus.reports, paths: changedPaths)
      }
      if diff == nil { diff = ReportDiff(from: previous.reports, to: corpus.reports) }
    }
    guard corpus.root == previous.root, indexByID.count == incidents.count, let diff,
      let edit = IncidentEdit(diff.changes, of: self)
    else {
      self = rebuilt(from: corpus, loadedAt: loadedAt)
      return
    }
    let previousToken = basis.token
    let otherIndex = Int32(otherPaneIndex)
    // The "Other" rows change when an incident under it leaves or enters; its set of regions
    // when a region's count there falls to zero or rises from it.
    var otherRowsChanged = false
    var otherRegionsChanged = false
    for index in edit.removed where paneOfIncident[index] == otherIndex {
      otherRowsChanged = true
      guard let region = incidents[index].region else { continue }
      basis.otherRegionCounts[region, default: 0] -= 1
      if basis.otherRegionCounts[region] == 0 {
        basis.otherRegionCounts[region] = nil
        otherRegionsChanged = true
      }
    }
    for (number, incident) in edit.added.enumerated() where edit.addedPanes[number] == otherIndex {
      otherRowsChanged = true
      guard let region = incident.region else { continue }
      basis.otherRegionCounts[region, default: 0] += 1
      if basis.otherRegionCounts[region] == 1 { otherRegionsChanged = true }
    }

    apply(edit)

    if previousReports != nil, case .indexed = basis.rating {
      basis.corpus = Corpus(root: corpus.root, reports: [], skipped: corpus.skipped)
      basis.holdsReports = false
    } else {
      basis.corpus = corpus
      basis.holdsReports = true
    }
    basis.token = DashboardBasis.newToken()
    basis.derivedFrom = previousToken
    basis.reportDates.update(replacing: diff.changes, in: corpus.reports)
    var retired: [RegionAssessment] = []
    // Regions under "Other" rated again: their advice in the pane is replaced in place.
    var reRatedOther = Set<Region>()
    if basis.riskIndex != nil {
      let touched = basis.riskIndex!.updateTelling(replacing: diff.changes)
      for region in touched.incidents { basis.counted[region] = nil }
      for region in touched.advice { basis.knownAdvice[region] = nil }  // kept from before: stale now
      for region in touched.incidents.union(touched.advice) {
        if let old = basis.assessments.removeValue(forKey: region) {
          // Same day, same advice: the region's advice list stays as it is.
          if !touched.advice.contains(region), case .indexed = basis.rating {
            basis.knownAdvice[region] = old.advisories
          }
          retired.append(old)
        }
        if basis.otherRegionCounts[region] != nil { reRatedOther.insert(region) }
      }
    } else {
      basis.assessments = [:]
      otherRegionsChanged = true
    }

    let (asOf, source) = Self.resolveAsOf(basis.asOfChoice, dates: basis.reportDates)
    let watchedSet = basis.watchedSet
    for (number, region) in basis.watched.enumerated() {
      panes[number].assessment =
        asOf.map { basis.assessment(of: region, asOf: $0, watchedSet: watchedSet) }
        ?? Self.emptyAssessment(region)
    }
    let otherRows = rowsByPane[Int(otherIndex)]
    if asOf != self.asOf || otherRowsChanged || basis.otherCounts == nil {
      basis.otherCounts = asOf.map {
        Self.otherCounts(rows: otherRows, incidents: incidents, asOf: $0, catalog: basis.catalog)
      }
    }
    if asOf != self.asOf || otherRegionsChanged || basis.otherRisk == nil || asOf == nil {
      retired.append(contentsOf: [panes[Int(otherIndex)].assessment])
      basis.otherRisk = asOf.map { Self.otherRisk(asOf: $0, watchedSet: watchedSet, basis: &basis) }
    } else if !reRatedOther.isEmpty, let asOf {
      // The pane shares the merged list: unshare it, then edit it in place.
      var risk = basis.otherRisk!
      basis.otherRisk = nil
      panes[Int(otherIndex)].assessment.advisories = []
      Self.updateOtherRisk(&risk, reRated: reRatedOther, asOf: asOf, watchedSet: watchedSet, basis: &basis)
      basis.otherRisk = risk
    }
    panes[Int(otherIndex)] = Self.otherPane(basis: basis, hasRows: !otherRows.isEmpty)
    DeferredRelease.drop(retired)

    let warningsMoved =
      corpus.skipped != previous.skipped
      || diff.changes.contains { !($0.old?.warnings.isEmpty ?? true) || !($0.new?.warnings.isEmpty ?? true) }
    if warningsMoved { warnings = Self.warnings(of: corpus) }
    reportCount = corpus.reports.count
    self.asOf = asOf
    asOfSource = source
    self.loadedAt = loadedAt
    newIncidentIDs = edit.newIDs
    // The previous snapshot's report list is most likely no longer shared with the store.
    DeferredRelease.drop(consume previous)
  }

  /// Lets go of the report list this data was built from, so that it no longer shares the
  /// store's list: the store's next update then changes its list in place instead of copying
  /// it (100,000 reports at 100k). Afterwards an update needs the previous reports
  /// (``CorpusUpdate/previousReports``, as ``CorpusStore`` gives them) or builds in full. Does
  /// nothing for data rated by a custom assessor, which is asked with the whole corpus.
  public mutating func releaseReportList() {
    guard case .indexed = basis.rating, basis.riskIndex != nil, basis.holdsReports else { return }
    // Freed here: the store, which holds the list too, frees it later.
    basis.corpus = Corpus(root: basis.corpus.root, reports: [], skipped: basis.corpus.skipped)
    basis.holdsReports = false
  }

  /// Applies `edit` to the incidents list, pane numbers, search index, identity index and
  /// pane rows, in place.
  private mutating func apply(_ edit: IncidentEdit) {
    guard !edit.removed.isEmpty || !edit.added.isEmpty else { return }
    var incidentEdit = ArrayEdit<Incident>()
    var paneEdit = ArrayEdit<Int32>()
    var searchInserts: [(at: Int, parts: [String])] = []
    for index in edit.removed {
      incidentEdit.remove(index..<index + 1)
      paneEdit.remove(index..<index + 1)
      indexByID[incidents[index].id] = nil
    }
    for (number, incident) in edit.added.enumerated() {
      let at = edit.positions[number]
      incidentEdit.insert([incident], at: at)
      paneEdit.insert([edit.addedPanes[number]], at: at)
      searchInserts.append((at, Self.searchableParts(of: incident)))
    }
    let (segments, targets) = incidentEdit.plan(count: incidents.count)
    incidents.apply(incidentEdit)
    paneOfIncident.apply(paneEdit)
    search.apply(removing: edit.removed, inserting: searchInserts)

    // Identities keep their incident; those after a change point move by its shift.
    if segments.contains(where: { $0.shift != 0 }) {
      var moved = [Int32](repeating: -1, count: segments.last.map { $0.end } ?? 0)
      for segment in segments where segment.shift != 0 {
        for index in segment.start..<segment.end { moved[index] = Int32(index + segment.shift) }
      }
      for slot in indexByID.values.indices {
        let old = Int(indexByID.values[slot])
        if old < moved.count, moved[old] >= 0 { indexByID.values[slot] = moved[old] }
      }
    }
    for (number, incident) in edit.added.enumerated() { indexByID[incident.id] = Int32(targets[number]) }

    var rows = rowsByPane.map { list -> [Int32] in
      var fresh: [Int32] = []
      fresh.reserveCapacity(list.count + edit.added.count)
      return fresh
    }
    paneOfIncident.withUnsafeBufferPointer { panes in
      for index in panes.indices { rows[Int(panes[index])].append(Int32(index)) }
    }
    rowsByPane = rows
  }

  /// A full build of `corpus` with this data's options.
  private func rebuilt(from corpus: Corpus, loadedAt: String) -> DashboardData {
    var index: RiskIndex?
    if case .indexed(let assessor) = basis.rating {
      index = RiskIndex(corpus: corpus, catalog: assessor.catalog)
    }
    let basis = DashboardBasis(
      corpus: corpus, watched: basis.watched, asOfChoice: basis.asOfChoice, catalog: basis.catalog,
      rating: basis.rating, riskIndex: index)
    var next = DashboardData(basis: basis, loadedAt: loadedAt, previousIncidentIDs: incidentIDs)
    next.basis.derivedFrom = self.basis.token
    return next
  }

  static func resolveAsOf(_ choice: AsOfChoice, dates: NewestReportDates) -> (Day?, AsOfSource) {
    switch choice {
    case .fixed(let day): return (day, .option)
    case .today(let day): return (day, .today)
    case .newestReport: return dates.newest.map { ($0, .newestReport) } ?? (nil, .none)
    }
  }
}

extension DashboardData {
  /// The incidents that are in both versions of a report with the same content, by identity.
  static func unchangedIncidents(from old: Report?, to new: Report?) -> [IncidentID: Incident] {
    guard let old, let new else { return [:] }
    var before: [IncidentID: Incident] = [:]
    for incident in old.incidents { before[incident.id] = incident }
    var kept: [IncidentID: Incident] = [:]
    for incident in new.incidents where before[incident.id] == incident { kept[incident.id] = incident }
    return kept
  }
}

/// The reports that differ between two snapshots, as pairs of the old and the new version of
/// one path (nil where the report is absent).
struct ReportDiff {
  var changes: [(old: Report?, new: Report?)] = []

  /// Compares the two lists, which must be in strictly increasing path order (UTF-8 bytes);
  /// nil when either is not.
  init?(from oldReports: [Report], to newReports: [Report]) {
    // Through buffer pointers: subscripting the arrays would copy whole reports.
    let ordered = oldReports.withUnsafeBufferPointer { old in
      newReports.withUnsafeBufferPointer { new in
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
          if i < old.count, j < new.count, old[i].path == new[j].path {
            if !(old[i] == new[j]) { changes.append((old[i], new[j])) }
            i += 1
            j += 1
          } else if j == new.count || (i < old.count && Self.precedes(old[i].path, new[j].path)) {
            changes.append((old[i], nil))
            i += 1
          } else {
            changes.append((nil, new[j]))
            j += 1
          }
          if i > 1, i <= old.count, !Self.precedes(old[i - 2].path, old[i - 1].path) { return false }
          if j > 1, j <= new.count, !Self.precedes(new[j - 2].path, new[j - 1].path) { return false }
        }
        return true
      }
    }
    guard ordered else { return nil }
  }

  /// Compares only the reports at `paths` (every path whose report may have changed), found
  /// by binary search in lists sorted by path. Nil when the counts do not add up (then the
  /// paths did not cover every change).
  init?(from oldReports: [Report], to newReports: [Report], paths: [String]) {
    self.init(count: oldReports.count, to: newReports, paths: paths) { Self.report(at: $0, in: oldReports) }
  }

  /// The same with the old reports at `paths` given by path (`count` reports in all before).
  init?(from oldReports: [String: Report], count: Int, to newReports: [Report], paths: [String]) {
    self.init(count: count, to: newReports, paths: paths) { oldReports[$0] }
  }

  private init?(count: Int, to newReports: [Report], paths: [String], old oldReport: (String) -> Report?) {
    var (removed, added) = (0, 0)
    for path in paths {
      let old = oldReport(path)
      let new = Self.report(at: path, in: newReports)
      if old == nil, new == nil { continue }
      if let old, let new, old == new { continue }
      if old != nil { removed += 1 }
      if new != nil { added += 1 }
      changes.append((old, new))
    }
    guard count - removed + added == newReports.count else { return nil }
  }

  private static func report(at path: String, in reports: [Report]) -> Report? {
    var (low, high) = (0, reports.count)
    while low < high {
      let middle = (low + high) / 2
      if precedes(reports[middle].path, path) { low = middle + 1 } else { high = middle }
    }
    return low < reports.count && reports[low].path == path ? reports[low] : nil
  }

  private static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}

/// The incidents that leave and enter the list when reports change: of a changed report, only
/// those that differ between its versions (same identity, different content, counts as both).
struct IncidentEdit {
  /// List positions of the incidents that leave, increasing.
  var removed: [Int] = []
  /// Incidents that enter, in list order, with their list positions before the edit (where
  /// they go: before the incident now there) and their panes.
  var added: [Incident] = []
  var positions: [Int] = []
  var addedPanes: [Int32] = []
  /// Identities that were not in the data.
  var newIDs = Set<IncidentID>()

  /// Nil when an identity would repeat or a removed incident is unknown (then a full build
  /// decides).
  init?(_ changes: [(old: Report?, new: Report?)], of data: DashboardData) {
    var removedIDs = Set<IncidentID>()
    var entering: [Incident] = []
    for (old, new) in changes {
      let kept = DashboardData.unchangedIncidents(from: old, to: new)
      for incident in old?.incidents ?? [] where kept[incident.id] != incident {
        guard let index = data.indexByID[incident.id], removedIDs.insert(incident.id).inserted else {
          return nil
        }
        removed.append(Int(index))
      }
      for incident in new?.incidents ?? [] where kept[incident.id] != incident {
        entering.append(incident)
      }
    }
    removed.sort()
    added = DashboardData.newestFirst(entering)
    var addedIDs = Set<IncidentID>()
    for incident in added {
      guard addedIDs.insert(incident.id).inserted else { return nil }
      let known = data.indexByID[incident.id] != nil
      if known, !removedIDs.contains(incident.id) { return nil }
      if !known { newIDs.insert(incident.id) }
    }
    var assignment = PaneAssignment(watched: data.basis.watched, catalog: data.basis.catalog)
    data.incidents.withUnsafeBufferPointer { old in
      for incident in added {
        // Where it goes: after every incident now there that comes before it in list order.
        var (low, high) = (0, old.count)
        while low < high {
          let middle = (low + high) / 2
          if DashboardData.precedes(old[middle], incident) { low = middle + 1 } else { high = middle }
        }
        positions.append(low)
        addedPanes.append(assignment.pane(of: incident))
      }
    }
  }
}
