import Testing
import WatchfloorCore

@Suite struct RiskLevelTests {
  typealias F = RiskFixtures

  @Test func oneProtestThreeWeeksAgoIsMinimal() {
    let a = F.assess("Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 20, type: .protests)]))
    #expect(a.level == .minimal)
    #expect(a.incidents30 == 1)
  }

  @Test func oneBattleWithoutDeathsTenDaysAgoIsLow() {
    let a = F.assess("Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 10)]))
    #expect(a.level == .low)
  }

  @Test func twoRecentExplosionsAreModerate() {
    let incidents = [
      F.incident("Gao", daysAgo: 2, type: .explosionsRemoteViolence, location: "A"),
      F.incident("Gao", daysAgo: 2, type: .explosionsRemoteViolence, location: "B"),
    ]
    #expect(F.assess("Gao", F.corpus(incidents: incidents)).level == .moderate)
  }

  @Test func aMassacreYesterdayIsHigh() {
    let a = F.assess(
      "Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 1, type: .violenceAgainstCivilians, deaths: 30)])
    )
    #expect(a.level == .high)
    #expect(a.deaths7 == 30)
  }

  @Test func twoDeadlyBombingsTodayAreExtreme() {
    let incidents = [
      F.incident("Gao", daysAgo: 0, type: .explosionsRemoteViolence, deaths: 30, location: "A"),
      F.incident("Gao", daysAgo: 0, type: .explosionsRemoteViolence, deaths: 30, location: "B"),
    ]
    let a = F.assess("Gao", F.corpus(incidents: incidents))
    #expect(a.level == .extreme)
    #expect(a.explanation.hasPrefix("Extreme: 2 incidents, 60 deaths in 30 days"))
  }

  @Test func severityWeighsExplosionsAboveProtests() {
    let bomb = F.assess(
      "Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 1, type: .explosionsRemoteViolence)]))
    let march = F.assess("Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 1, type: .protests)]))
    #expect(bomb.score! > march.score!)
    #expect(bomb.level! > march.level!)
  }

  @Test func regionWithoutIncidentsHasNoDataNotMinimal() {
    let a = F.assess("Kidal", F.corpus(incidents: [F.incident("Gao", daysAgo: 3)]))
    #expect(a.level == nil)
    #expect(a.trend == nil)
    #expect(a.score == nil)
    #expect(a.explanation.hasPrefix("No data"))
    #expect(a.weekly == Array(repeating: 0, count: 12))
  }

  @Test func incidentsOlderThanTheBaselineAreNoData() {
    let a = F.assess("Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 400, deaths: 50)]))
    #expect(a.level == nil)
  }

  @Test func undatedAndFutureIncidentsDoNotCount() {
    var undated = F.incident("Gao", daysAgo: 1, deaths: 10)
    undated.date = nil
    let future = F.incident("Gao", daysAgo: -3, deaths: 10)
    let a = F.assess("Gao", F.corpus(incidents: [undated, future]))
    #expect(a.level == nil)
    #expect(a.incidents30 == 0)
  }

  @Test func quietMonthAfterABusyYearIsMinimalNotNoData() {
    let a = F.assess("Gao", F.corpus(incidents: F.baseline("Gao", count: 10)))
    #expect(a.level == .minimal)
    #expect(a.incidents30 == 0)
    #expect(a.baselineWeekly > 0)
  }

  @Test func aRecentSpikeRaisesTheLevel() {
    let quiet = [F.incident("Gao", daysAgo: 20, type: .protests)]
    let spike = (0..<4).map {
      F.incident("Gao", daysAgo: $0, type: .battles, deaths: 5, location: "P\($0)")
    }
    let before = F.assess("Gao", F.corpus(incidents: quiet))
    let after = F.assess("Gao", F.corpus(incidents: quiet + spike))
    #expect(before.level == .minimal)
    #expect(after.level! >= .high)
  }

  @Test func anOldSpikeDecays() {
    func spike(daysAgo: Int) -> [Incident] {
      (0..<3).map { F.incident("Gao", daysAgo: daysAgo, deaths: 10, location: "P\($0)") }
    }
    let fresh = F.assess("Gao", F.corpus(incidents: spike(daysAgo: 1)))
    let fading = F.assess("Gao", F.corpus(incidents: spike(daysAgo: 25)))
    let gone = F.assess("Gao", F.corpus(incidents: spike(daysAgo: 45)))
    #expect(fresh.score! > fading.score!)
    #expect(fresh.level! > fading.level!)
    #expect(fading.level! > gone.level!)
    #expect(gone.level == .minimal)
  }

  @Test func spikeAgainstTheBaselineRaisesOneLevelButNotForAUsualMonth() {
    let month = (0..<3).map { F.incident("Gao", daysAgo: 5, location: "P\($0)") }
    // Same 30 days; with no history it is a spike, with one incident a week it is usual.
    let fresh = F.assess("Gao", F.corpus(incidents: month))
    let usual = F.assess("Gao", F.corpus(incidents: month + F.baseline("Gao", count: 52)))
    #expect(fresh.score == usual.score)
    #expect(usual.level == .moderate)
    #expect(fresh.level == .high)
    #expect(fresh.reasons.contains { $0.contains("none in the previous 12 months: raised one level") })
    #expect(usual.reasons.contains { $0.contains("x the 12-month weekly average") })
  }

  @Test func baselineRatioIsReportedInTheExplanation() {
    let month = (0..<6).map { F.incident("Gao", daysAgo: $0 * 4, location: "P\($0)") }
    let a = F.assess("Gao", F.corpus(incidents: month + F.baseline("Gao", count: 26)))
    // 6 in 30 days = 1.4/week against 0.5/week: 2.8x, a spike.
    #expect(a.baselineWeekly == 0.5)
    #expect(a.explanation.contains("2.8x the 12-month weekly average"))
    #expect(a.reasons.contains { $0.hasPrefix("2.8x") && $0.hasSuffix("raised one level") })
  }

  @Test func monthPrecisionCountsIn30DaysButNot7() {
    let a = F.assess(
      "Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 2, deaths: 4, precision: .month)]))
    #expect(a.incidents7 == 0)
    #expect(a.incidents30 == 1)
    #expect(a.deaths30 == 4)
    #expect(a.weekly.reduce(0, +) == 0)
    #expect(a.level != nil)
  }

  /// A report with no date line is dated by its file time; a copied or re-saved file would
  /// otherwise make old news look like this week's.
  @Test func aDayGuessedFromTheFileTimeCountsIn30DaysButNotInWeeks() {
    var guessed = F.incident("Gao", daysAgo: 2, deaths: 4, location: "Tacharane")
    guessed.isDateInferred = true
    let stated = F.incident("Gao", daysAgo: 2, deaths: 4, location: "Tacharane")
    let a = F.assess("Gao", F.corpus(incidents: [guessed]))
    let b = F.assess("Gao", F.corpus(incidents: [stated]))
    #expect(a.incidents7 == 0)
    #expect(a.deaths7 == 0)
    #expect(a.incidents30 == 1)
    #expect(a.deaths30 == 4)
    #expect(a.weekly.reduce(0, +) == 0)
    #expect(a.level == b.level)
    #expect(
      a.reasons.contains(
        "1 incident dated by the file time (no date in the report): counted in 30 days, not in 7"))
    #expect(b.incidents7 == 1)
    #expect(b.weekly.reduce(0, +) == 1)
    #expect(!b.reasons.contains { $0.contains("file time") })
  }

  @Test func yearPrecisionCountsOnlyAsHistory() {
    let a = F.assess(
      "Gao", F.corpus(incidents: [F.incident("Gao", daysAgo: 100, deaths: 4, precision: .year)]))
    #expect(a.incidents30 == 0)
    #expect(a.level == .minimal)
  }

  @Test func theSameEventFromTwoReportsCountsOnceWithTheHigherToll() {
    let first = F.incident("Gao", daysAgo: 3, deaths: nil, actors: ["JNIM"], location: "Tacharane")
    var second = F.incident("Gao", daysAgo: 3, deaths: 7, actors: ["FAMa"], location: "Tacharane")
    second.id = IncidentID("other")
    let corpus = F.corpus([
      F.report("a.txt", incidents: [first]), F.report("b.txt", incidents: [second]),
    ])
    let a = F.assess("Gao", corpus)
    #expect(a.incidents30 == 1)
    #expect(a.deaths30 == 7)
  }

  @Test func bandiagaraRollsUpIntoMoptiUnlessWatched() {
    let corpus = F.corpus(incidents: [F.incident("Bandiagara", daysAgo: 2, deaths: 5)])
    let mopti = F.assess("Mopti", corpus, watched: ["Mopti"])
    #expect(mopti.incidents30 == 1)
    #expect(mopti.level != nil)
    let split = F.assess("Mopti", corpus, watched: ["Mopti", "Bandiagara"])
    #expect(split.incidents30 == 0)
    #expect(split.level == nil)
    #expect(F.assess("Bandiagara", corpus, watched: ["Mopti", "Bandiagara"]).incidents30 == 1)
  }

  @Test func reportsDatedAfterTheAsOfDayAreNotYetKnown() {
    let late = F.report("late.txt", daysAgo: -2, incidents: [F.incident("Gao", daysAgo: 1, deaths: 9)])
    #expect(F.assess("Gao", F.corpus([late])).level == nil)
  }

  @Test func thresholdsComeFromSettings() {
    let corpus = F.corpus(incidents: [F.incident("Gao", daysAgo: 10)])
    var strict = RiskSettings()
    strict.thresholds = LevelThresholds(low: 0.1, moderate: 0.2, high: 0.3, extreme: 0.4)
    #expect(F.assess("Gao", corpus, settings: strict).level == .extreme)
  }
}
