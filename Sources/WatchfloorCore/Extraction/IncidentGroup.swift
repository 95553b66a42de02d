/// Incidents from several reports that tell of the same event, counted once.
public struct IncidentGroup: Hashable, Sendable, Identifiable {
  /// The member that stands for the group (the most complete, then the first by id).
  public var representative: Incident
  /// Every member, the representative first.
  public var incidents: [Incident]

  public init(representative: Incident, incidents: [Incident]) {
    self.representative = representative
    self.incidents = incidents
  }

  public var id: IncidentID { representative.id }

  /// The source report of every member, in member order, without repeats.
  public var sources: [String] {
    var seen: Set<String> = []
    return incidents.map(\.source).filter { seen.insert($0).inserted }
  }

  /// The group as the one incident that counts: the representative with the highest toll of
  /// any member, every member's actors, and main when any member is.
  public var merged: Incident {
    var result = representative
    for other in incidents.dropFirst() { Self.merge(other, into: &result) }
    return result
  }

  /// Adds a member to a merged incident: the higher toll, its actors, main when it is.
  static func merge(_ other: Incident, into result: inout Incident) {
    if let deaths = other.fatalities, deaths > (result.fatalities ?? -1) { result.fatalities = deaths }
    for actor in other.actors where !result.actors.contains(actor) { result.actors.append(actor) }
    result.isMainEvent = result.isMainEvent || other.isMainEvent
  }
}
