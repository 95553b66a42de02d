/// Groups the same incident reported by several files: same day, same region (a 2023 region
/// counts for its parent), same event type, and tolls that agree (both unknown, one unknown, or
/// within max(1, 20%) of each other). Incidents of one file are never merged with each other.
public struct IncidentGrouper: Sendable {
  public var regions: RegionCatalog

  public init(regions: RegionCatalog = .bundled) { self.regions = regions }

  /// The groups of `incidents`, in the order of their first member; ungroupable incidents
  /// (no day-precise date, region or type) are groups of one.
  public func group(_ incidents: [Incident]) -> [IncidentGroup] {
    struct Key: Hashable {
      var day: Day
      var region: Region
      var type: EventType
    }
    var clusters: [[Incident]] = []
    var byKey: [Key: [Int]] = [:]
    for incident in incidents.sorted(by: { $0.id < $1.id }) {
      guard let date = incident.date, date.precision == .day, let region = incident.region,
        let type = incident.eventType
      else {
        clusters.append([incident])
        continue
      }
      let key = Key(day: date.day, region: regions.parent(of: region) ?? region, type: type)
      let candidates = byKey[key, default: []]
      if let index = candidates.first(where: { fits(incident, clusters[$0]) }) {
        clusters[index].append(incident)
      } else {
        byKey[key, default: []].append(clusters.count)
        clusters.append([incident])
      }
    }
    return clusters.map { members in
      let representative = members.max {
        completeness($0) < completeness($1) || (completeness($0) == completeness($1) && $0.id > $1.id)
      }!
      return IncidentGroup(
        representative: representative,
        incidents: [representative] + members.filter { $0.id != representative.id })
    }
  }

  /// An incident joins a cluster when it comes from another file than every member and its
  /// toll agrees with theirs.
  private func fits(_ incident: Incident, _ members: [Incident]) -> Bool {
    members.allSatisfy { $0.source != incident.source && tollsAgree($0.fatalities, incident.fatalities) }
  }

  /// Both unknown, one unknown, or within max(1, 20% of the larger).
  public static func tollsAgree(_ a: Int?, _ b: Int?) -> Bool {
    guard let a, let b else { return true }
    return abs(a - b) <= max(1, max(a, b) / 5)
  }

  private func tollsAgree(_ a: Int?, _ b: Int?) -> Bool { IncidentGrouper.tollsAgree(a, b) }

  /// How many fields an incident fills; the fullest stands for the group.
  private func completeness(_ incident: Incident) -> Int {
    (incident.isMainEvent ? 4 : 0) + (incident.fatalities != nil ? 2 : 0) + (incident.location != nil ? 1 : 0)
      + min(incident.actors.count, 3)
  }
}
