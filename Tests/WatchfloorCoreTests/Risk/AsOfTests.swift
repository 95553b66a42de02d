import Testing
import WatchfloorCore

@Suite struct AsOfTests {
  typealias F = RiskFixtures
  static let today = Day(iso: "2026-11-23")!

  @Test func newestStatedReportDateByDefault() {
    let corpus = F.corpus([
      F.report("a.txt", daysAgo: 10), F.report("b.txt", daysAgo: 3),
      F.report("c.txt", daysAgo: -100, dateSource: .fileModified),
    ])
    let asOf = AsOf.resolve(corpus: corpus, today: Self.today)
    #expect(asOf == AsOf(day: F.asOf.adding(days: -3), source: .newestReport))
    #expect(asOf.description == "2024-06-27 (newest report)")
  }

  @Test func fileDatesOnlyWhenNoReportStatesOne() {
    let corpus = F.corpus([
      F.report("c.txt", daysAgo: 1, dateSource: .fileModified), F.report("d.txt", daysAgo: nil),
    ])
    #expect(
      AsOf.resolve(corpus: corpus, today: Self.today)
        == AsOf(day: F.asOf.adding(days: -1), source: .newestFileDate))
  }

  @Test func explicitAndTodayOverride() {
    let corpus = F.corpus([F.report("a.txt")])
    let day = Day(iso: "2020-01-01")!
    #expect(AsOf.resolve(corpus: corpus, explicit: day, today: Self.today).source == .explicit)
    #expect(AsOf.resolve(corpus: corpus, explicit: day, today: Self.today).day == day)
    #expect(
      AsOf.resolve(corpus: corpus, useToday: true, today: Self.today) == AsOf(day: Self.today, source: .today)
    )
  }

  @Test func emptyCorpusFallsBackToToday() {
    #expect(AsOf.resolve(corpus: F.corpus([]), today: Self.today) == AsOf(day: Self.today, source: .today))
  }

  @Test func todayUTCIsAPlausibleDay() {
    #expect(AsOf.todayUTC().year >= 2024)
  }
}
