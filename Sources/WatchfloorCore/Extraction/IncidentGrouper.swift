/// Groups the same incident reported by several files: same day, same region (a 2023 region
/// counts for its parent), same event type, and tolls that agree (both unknown, one unknown, or
/// within max(1, 20%) of each other). Incidents of one file are never merged with each other.
public struct IncidentGrouper: Sendable {
  public var regions: RegionCatalog

  public init(regions: RegionCatalog = .bundled) { self.regions = regions }

  /// The groups of `incidents`, in the order of their first member; ungroupable incidents
  /// (no day-precise date, region or type) are groups of one.
  public func group(_ incidents: [Incident]) -> [IncidentGroup] {
    memberIndices(of: incidents).map { members in
      IncidentGroup(representative: incidents[members[0]], incidents: members.map { incidents[$0] })
    }
  }

  /// `group(incidents).map(\.merged)`, without gathering each group's members: what counting
  /// needs (the summary's rows, a region's counted incidents).
  public func mergedGroups(_ incidents: [Incident]) -> [Incident] {
    memberIndices(of: incidents).map { members in
      var result = incidents[members[0]]
      for index in members.dropFirst() {
        IncidentGroup.merge(incidents[index], into: &result)
      }
      return result
    }
  }

  /// The groups of ``group(_:)`` as indices into `incidents`: each group's members, the
  /// representative first. Sorting and clustering indices instead of incidents copies none.
  func memberIndices(of incidents: [Incident]) -> [[Int]] {
    struct Key: Hashable {
      var day: Day
      var region: Region
      var type: EventType
    }
    var clusters: [[Int]] = []
    var byKey: [Key: [Int]] = [:]
    // By index: the incidents themselves are read in place, never copied.
    for index in incidents.indices.sorted(by: { incidents[$0].id < incidents[$1].id }) {
      guard let date = incidents[index].date, date.precision == .day, let region = incidents[index].region,
        let type = incidents[index].eventType
      else {
        clusters.append([index])
        continue
      }
      let key = Key(day: date.day, region: regions.parent(of: region) ?? region, type: type)
      if let cluster = byKey[key]?.first(where: { fits(incidents[index], clusters[$0], of: incidents) }) {
        clusters[cluster].append(index)
      } else {
        byKey[key, default: []].append(clusters.count)
        clusters.append([index])
      }
    }
    return clusters.map { members in
      let representative = members.max { a, b in
        let (x, y) = (completeness(incidents[a]), completeness(incidents[b]))
        return x < y || (x == y && incidents[a].id > incidents[b].id)
      }!
      let id = incidents[representative].id
      return [representative] + members.filter { incidents[$0].id != id }
    }
  }

  /// An incident joins a cluster when it comes from another file than every member and its
  /// toll agrees with theirs.
  private func fits(_ incident: Incident, _ members: [Int], of incidents: [Incident]) -> Bool {
    members.allSatisfy {
      incidents[$0].source != incident.source && tollsAgree(incidents[$0].fatalities, incident.fatalities)
    }
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
