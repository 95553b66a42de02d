/// Incidents from several reports that tell of the same event, counted once.
public struct IncidentGroup: Hashable, Sendable, Identifiable {
  /// The member that stands for the group (the most complete, then the first by id).
  public var representative: Incident
  /// Every member, the representative first.
  public var incidents: [Incident]

  public var id: IncidentID { representative.id }

  /// The source report of every member, in member order, without repeats.
  public var sources: [String] {
    var seen: Set<String> = []
    return incidents.map(\.source).filter { seen.insert($0).inserted }
  }
}
