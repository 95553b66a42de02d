import Testing
import WatchfloorCore

@Suite struct IncidentGrouperTests {
  let grouper = IncidentGrouper()
  let day = Day(year: 2024, month: 11, day: 18)!

  func incident(
    _ source: String, day: Day? = nil, region: String = "Gao", type: EventType = .battles, toll: Int? = 5,
    sentence: String = "x"
  ) -> Incident {
    Incident(
      id: IncidentIdentity.make(path: source, sentence: sentence, ordinal: 0),
      date: IncidentDate(day: day ?? self.day), region: Region(region), location: nil, actors: ["JNIM"],
      eventType: type, fatalities: toll, summary: sentence, source: source, sourceText: sentence, span: 0..<1,
      isMainEvent: true)
  }

  @Test func sameEventFromTwoFilesIsOneGroup() {
    let groups = grouper.group([
      incident("a.txt", toll: 10), incident("b.txt", toll: 11), incident("c.txt", toll: nil),
    ])
    #expect(groups.count == 1)
    #expect(Set(groups[0].sources) == ["a.txt", "b.txt", "c.txt"])
  }

  @Test func differentTollsDaysRegionsOrTypesStayApart() {
    let groups = grouper.group([
      incident("a.txt", toll: 10), incident("b.txt", toll: 30),
      incident("c.txt", day: day.adding(days: -1)), incident("d.txt", region: "Kidal"),
      incident("e.txt", type: .explosionsRemoteViolence),
    ])
    #expect(groups.count == 5)
  }

  @Test func twoIncidentsOfOneFileAreNeverMerged() {
    let groups = grouper.group([incident("a.txt", sentence: "one"), incident("a.txt", sentence: "two")])
    #expect(groups.count == 2)
  }

  @Test func a2023RegionGroupsWithItsParent() {
    let groups = grouper.group([incident("a.txt", region: "Mopti"), incident("b.txt", region: "Bandiagara")])
    #expect(groups.count == 1)
  }

  @Test func tollAgreement() {
    #expect(IncidentGrouper.tollsAgree(20, 24))
    #expect(IncidentGrouper.tollsAgree(0, 1))
    #expect(!IncidentGrouper.tollsAgree(10, 13))
    #expect(IncidentGrouper.tollsAgree(nil, 7))
  }

  /// ``IncidentGrouper/mergedGroups(_:)`` (clustered by index) is the merged incident of each
  /// group ``IncidentGrouper/group(_:)`` gives, in order, on a corpus with many retellings.
  @Test func mergedGroupsAreTheGroupsMerged() {
    var incidents: [Incident] = []
    for number in 0..<600 {
      let source = "r\(number % 37).txt"
      var item = incident(
        source, day: day.adding(days: -(number % 5)), region: ["Gao", "Mopti", "Bandiagara"][number % 3],
        type: number % 4 == 0 ? .explosionsRemoteViolence : .battles,
        toll: number % 6 == 0 ? nil : 5 + number % 9, sentence: "s\(number)")
      item.actors = [["JNIM"], ["FAMa", "JNIM"], ["ISSP"], []][number % 4]
      item.isMainEvent = number % 3 != 0
      if number % 11 == 0 { item.date = IncidentDate(day: day, precision: .month) }
      incidents.append(item)
    }
    var generator = SeededGenerator(state: 20_261_207)
    incidents.shuffle(using: &generator)
    let groups = grouper.group(incidents)
    #expect(groups.count < incidents.count / 2)  // many retellings grouped
    #expect(groups == Self.referenceGroups(incidents))
    #expect(grouper.mergedGroups(incidents) == groups.map(\.merged))
  }

  /// The grouping as it was written first: sorting and clustering copies of the incidents.
  static func referenceGroups(_ incidents: [Incident]) -> [IncidentGroup] {
    struct Key: Hashable {
      var day: Day
      var region: Region
      var type: EventType
    }
    let regions = RegionCatalog.bundled
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
      let fits = { (members: [Incident]) in
        members.allSatisfy {
          $0.source != incident.source && IncidentGrouper.tollsAgree($0.fatalities, incident.fatalities)
        }
      }
      if let index = byKey[key, default: []].first(where: { fits(clusters[$0]) }) {
        clusters[index].append(incident)
      } else {
        byKey[key, default: []].append(clusters.count)
        clusters.append([incident])
      }
    }
    func completeness(_ incident: Incident) -> Int {
      (incident.isMainEvent ? 4 : 0) + (incident.fatalities != nil ? 2 : 0)
        + (incident.location != nil ? 1 : 0)
        + min(incident.actors.count, 3)
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

  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}
