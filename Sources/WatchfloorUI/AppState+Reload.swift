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
    let old = data
    let keptID = selectedIncident?.id
    let keptRow = selectedRow
    let paneName = selectedRegionPane?.name
    let wasOther = selectedRegionPane?.isOther ?? false

    var fresh = newData.newIncidentIDs
    if newData.basis.derivedFrom != old.basis.token {
      // Not an update of the data shown (``DashboardData/updated(to:loadedAt:)`` already
      // compared with it): compare identities here.
      for incident in newData.incidents where old.indexByID[incident.id] == nil {
        fresh.insert(incident.id)
      }
    }
    unseenNewIDs = unseenNewIDs.filter { newData.indexByID[$0] != nil }.union(fresh)

    data = newData
    if let paneName {
      selectedPane =
        wasOther
        ? newData.otherPaneIndex
        : newData.panes.firstIndex { $0.name == paneName && !$0.isOther }
    }
    filterResults = []
    recomputeVisibleRows()
    if let keptID, let index = newData.indexByID[keptID], let row = visibleRows.row(of: index) {
      selectedRow = row
    } else {
      selectedRow = max(0, min(keptRow, visibleRows.count - 1))
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
