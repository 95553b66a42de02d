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
}
