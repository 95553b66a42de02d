import Testing
import WatchfloorCore

@Suite struct TrendTests {
  typealias F = RiskFixtures

  @Test func weeklyBucketsEndOnTheAsOfDayOldestFirst() {
    let incidents = [0, 6, 7, 83, 84].map { F.incident("Gao", daysAgo: $0, location: "P\($0)") }
    let a = F.assess("Gao", F.corpus(incidents: incidents))
    #expect(a.weekly.count == 12)
    #expect(a.weekly[11] == 2)  // ages 0 and 6
    #expect(a.weekly[10] == 1)  // age 7
    #expect(a.weekly[0] == 1)  // age 83; age 84 is outside the 12 weeks
    #expect(a.weekly.reduce(0, +) == 4)
  }

  @Test func incidentsInTheLastWeeksAreRising() {
    let incidents = [1, 3, 9, 12].map { F.incident("Gao", daysAgo: $0, location: "P\($0)") }
    #expect(F.assess("Gao", F.corpus(incidents: incidents)).trend == .rising)
  }

  @Test func incidentsInTheEarlierWeeksAreFalling() {
    let incidents = [50, 60, 70, 80].map { F.incident("Gao", daysAgo: $0, location: "P\($0)") }
    let a = F.assess("Gao", F.corpus(incidents: incidents))
    #expect(a.trend == .falling)
  }

  @Test func evenActivityIsStable() {
    let incidents = stride(from: 0, to: 84, by: 7).map { F.incident("Gao", daysAgo: $0, location: "P\($0)") }
    let a = F.assess("Gao", F.corpus(incidents: incidents))
    #expect(a.weekly == Array(repeating: 1, count: 12))
    #expect(a.trend == .stable)
  }

  @Test func aSingleIncidentDoesNotTurnTheArrow() {
    let a = F.assess("Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 1)]))
    #expect(a.trend == .stable)
  }

  @Test func threeAgainstOneAcrossTheHalvesIsFalling() {
    // Like a region that had two strikes in early October and one late in the month.
    let incidents = [73, 48, 46, 24].map { F.incident("Kidal", daysAgo: $0, location: "P\($0)") }
    #expect(F.assess("Kidal", F.corpus(incidents: incidents)).trend == .falling)
  }

  @Test func recentWeeksComeFromSettings() {
    // Three in the last 4 weeks, three in the 4 weeks before, none earlier.
    let incidents = [2, 10, 20, 35, 40, 50].map { F.incident("Gao", daysAgo: $0, location: "P\($0)") }
    let halves = F.assess("Gao", F.corpus(incidents: incidents))
    var quarter = RiskSettings()
    quarter.trendRecentWeeks = 4
    let lastFour = F.assess("Gao", F.corpus(incidents: incidents), settings: quarter)
    #expect(halves.trend == .rising)  // 5 vs 1 across the 6-week halves
    #expect(lastFour.trend == .stable)  // 3 vs 1.5 expected: difference below 2
  }
}
