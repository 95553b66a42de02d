import Testing
import WatchfloorCore

/// The risk model counts IncidentGrouper's groups: the same attack told by two files is one
/// incident in counts, deaths, trend and score.
@Suite struct GroupedIncidentCountTests {
  typealias F = RiskFixtures

  /// The same ambush near Gao told by two files two days ago, with tolls of 5 and 6.
  func twoFilesOneAmbush(deaths: (Int?, Int?) = (5, 6)) -> Corpus {
    F.corpus([
      F.report(
        "alert.txt", daysAgo: 1,
        incidents: [F.incident("Gao", daysAgo: 2, deaths: deaths.0, actors: ["JNIM"], id: "a-1")]),
      F.report(
        "news.txt", daysAgo: 1,
        incidents: [F.incident("Gao", daysAgo: 2, deaths: deaths.1, actors: ["FAMa"], id: "n-1")]),
    ])
  }

  @Test func theSameAttackFromTwoFilesCountsOnce() {
    let gao = F.assess("Gao", twoFilesOneAmbush())
    #expect(gao.incidents7 == 1)
    #expect(gao.incidents30 == 1)
    #expect(gao.deaths7 == 6)  // the higher of two agreeing tolls, not 11
    #expect(gao.weekly.reduce(0, +) == 1)
  }

  @Test func scoreMatchesOneIncident() {
    let grouped = F.assess("Gao", twoFilesOneAmbush())
    let single = F.assess(
      "Gao",
      F.corpus([
        F.report("one.txt", daysAgo: 1, incidents: [F.incident("Gao", daysAgo: 2, deaths: 6, id: "o-1")])
      ]))
    #expect(grouped.score == single.score)
    #expect(grouped.level == single.level)
  }

  @Test func tollsThatDisagreeAreTwoIncidents() {
    let gao = F.assess("Gao", twoFilesOneAmbush(deaths: (5, 20)))
    #expect(gao.incidents7 == 2)
    #expect(gao.deaths7 == 25)
  }

  @Test func twoIncidentsOfOneFileAreNeverOne() {
    let corpus = F.corpus([
      F.report(
        "brief.txt", daysAgo: 1,
        incidents: [
          F.incident("Gao", daysAgo: 2, deaths: 3, id: "b-1"),
          F.incident("Gao", daysAgo: 2, deaths: 3, id: "b-2"),
        ])
    ])
    #expect(F.assess("Gao", corpus).incidents7 == 2)
  }

  @Test func mergedIncidentKeepsEveryActorAndTheHigherToll() {
    let groups = IncidentGrouper().group(twoFilesOneAmbush().reports.flatMap(\.incidents))
    #expect(groups.count == 1)
    #expect(groups[0].sources.sorted() == ["alert.txt", "news.txt"])
    #expect(groups[0].merged.fatalities == 6)
    #expect(Set(groups[0].merged.actors) == ["JNIM", "FAMa"])
  }
}
