public import WatchfloorCore

extension DashboardData {
  /// For an incident that several reports tell (one ``IncidentGroup``), the sources of all of
  /// them; nil for an incident told by one report.
  ///
  /// Worked out when asked (the detail pane), not at every reload: only incidents of the same
  /// day can be in its group, so grouping those gives the same group as grouping the corpus.
  public func groupSources(of incident: Incident) -> [String]? {
    guard let day = incident.date?.day else { return nil }
    let sameDay = incidents.filter { $0.date?.day == day }
    let group = IncidentGrouper(regions: basis.catalog).group(sameDay).first {
      $0.incidents.contains { $0.id == incident.id }
    }
    guard let group, group.sources.count > 1 else { return nil }
    return group.sources
  }

  /// ``groupSources(of:)`` of the incident with this identity, if it is in the data.
  public func groupSources(of id: IncidentID) -> [String]? {
    guard let index = indexByID[id] else { return nil }
    return groupSources(of: incidents[Int(index)])
  }
}
