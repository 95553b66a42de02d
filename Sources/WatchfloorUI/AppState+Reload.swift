public import WatchfloorCore

extension AppState {
  /// Replaces the data after a reload, keeping the officer's context: the same region stays
  /// selected, the same incident if it still exists (else the nearest row) at the same place on
  /// screen, an open detail, filter or overlay stays open. Incidents that were not in the
  /// previous data are marked new until selected.
  ///
  /// - Parameters:
  ///   - reloadedFiles: how many files were re-read, for the status line; nil for no message.
  ///   - time: when, preformatted ("14:02:11").
  public mutating func replaceData(
    _ newData: DashboardData, reloadedFiles: Int? = nil, at time: String? = nil
  ) {
    let context = ReloadContext(self)
    var fresh = newData.newIncidentIDs
    if newData.basis.derivedFrom != data.basis.token {
      // Not an update of the data shown (``DashboardData/updated(to:loadedAt:changedPaths:previousReports:)``
      // already compared with it): compare identities here.
      for incident in newData.incidents where data.indexByID[incident.id] == nil {
        fresh.insert(incident.id)
      }
    }
    data = newData
    restore(context, fresh: fresh, reloadedFiles: reloadedFiles, at: time)
  }

  /// Follows a reload in place: the data shown becomes that of `corpus` (a later snapshot of
  /// the same folder) through ``DashboardData/update(to:loadedAt:changedPaths:previousReports:)``, which
  /// changes the data this state holds without copying it, then the officer's context is kept
  /// as ``replaceData(_:reloadedFiles:at:)`` keeps it.
  ///
  /// - Parameters:
  ///   - changedPaths: ``CorpusUpdate/changedPaths``, nil when not known.
  ///   - previousReports: ``CorpusUpdate/previousReports``, nil when not known.
  ///   - loadedAt: when the corpus was read, for the header ("14:02:11").
  ///   - reloadedFiles: how many files were re-read, for the status line; nil for no message.
  ///   - time: when, preformatted ("14:02:11").
  /// - Returns: how long the data update took (the rest is keeping the context), for logs.
  @discardableResult
  public mutating func reload(
    to corpus: Corpus, changedPaths: [String]?, previousReports: [String: Report]? = nil,
    loadedAt: String, reloadedFiles: Int? = nil, at time: String? = nil
  ) -> Duration {
    let context = ReloadContext(self)
    let clock = ContinuousClock()
    let started = clock.now
    data.update(to: corpus, loadedAt: loadedAt, changedPaths: changedPaths, previousReports: previousReports)
    let took = started.duration(to: clock.now)
    restore(context, fresh: data.newIncidentIDs, reloadedFiles: reloadedFiles, at: time)
    return took
  }

  /// What the officer was looking at before a reload.
  private struct ReloadContext {
    var keptID: IncidentID?
    var keptRow: Int
    var paneName: String?
    var wasOther: Bool

    init(_ state: AppState) {
      keptID = state.selectedIncident?.id
      keptRow = state.selectedRow
      paneName = state.selectedRegionPane?.name
      wasOther = state.selectedRegionPane?.isOther ?? false
    }
  }

  /// Puts the officer back where `context` says, on the new ``data``; `fresh` are the
  /// identities new in it.
  private mutating func restore(
    _ context: ReloadContext, fresh: Set<IncidentID>, reloadedFiles: Int?, at time: String?
  ) {
    unseenNewIDs = unseenNewIDs.filter { data.indexByID[$0] != nil }.union(fresh)
    if let paneName = context.paneName {
      selectedPane =
        context.wasOther
        ? data.otherPaneIndex
        : data.panes.firstIndex { $0.name == paneName && !$0.isOther }
    }
    filterResults = []
    recomputeVisibleRows()
    if let keptID = context.keptID, let index = data.indexByID[keptID], let row = visibleRows.row(of: index) {
      selectedRow = row
    } else {
      selectedRow = max(0, min(context.keptRow, visibleRows.count - 1))
    }
    clampScrolls()
    if let advisories = selectedRegionPane?.assessment.advisories {
      advisoryIndex = max(0, min(advisoryIndex, advisories.count - 1))
    }
    if let reloadedFiles, let time {
      statusMessage = "reloaded \(reloadedFiles) file\(reloadedFiles == 1 ? "" : "s") at \(time)"
    }
    markSelectionSeen()
  }
}
