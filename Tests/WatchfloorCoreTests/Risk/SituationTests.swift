import Testing
import WatchfloorCore

@Suite struct SituationTests {
  typealias F = RiskFixtures

  static let corpus = F.corpus([
    F.report(
      "alert.txt",
      incidents: [
        F.incident(
          "Ménaka", daysAgo: 1, type: .battles, deaths: 15, actors: ["ISGS", "FAMa"], location: "Post A"),
        F.incident(
          "Ménaka", daysAgo: 6, type: .violenceAgainstCivilians, deaths: 12, actors: ["ISGS"],
          location: "Camp B"),
        F.incident("Ménaka", daysAgo: 20, type: .battles, actors: ["Unidentified gunmen"], location: "C"),
      ], advice: "Move only with a robust escort.")
  ])

  @Test func explanationNamesLevelCountsBaselineActorsAndAdvice() {
    let a = F.assess("Ménaka", Self.corpus)
    #expect(a.level == .high)  // Extreme by score and spike, one step down to the advice's High
    #expect(
      a.explanation
        == "High: 3 incidents, 27 deaths in 30 days, none in the previous 12 months; actors ISGS, FAMa; "
        + "latest advice advises travel with escort")
  }

  @Test func reasonsPutTheCountsFirst() {
    let a = F.assess("Ménaka", Self.corpus)
    #expect(a.reasons.first?.hasPrefix("3 incidents, 27 deaths in 30 days (score ") == true)
    #expect(a.reasons.contains("2 incidents, 27 deaths in the last 7 days"))
    #expect(a.reasons.contains("deadliest: 15 killed at Post A on 2024-06-29 (battles)"))
    #expect(a.reasons.contains("actors ISGS, FAMa"))
  }

  @Test func situationIsGeneratedFromTheModel() {
    let a = F.assess("Ménaka", Self.corpus)
    #expect(a.situation.hasPrefix("Ménaka is rated High and rising as of 2024-06-30."))
    #expect(a.situation.contains("3 incidents and 27 deaths"))
    #expect(a.situation.contains("There were no incidents in the 52 weeks before that."))
    #expect(a.situation.contains("The main actors were ISGS and FAMa."))
    #expect(a.situation.contains("Most incidents were battles and violence against civilians."))
    #expect(a.situation.contains("15 killed at Post A on 2024-06-29"))
    #expect(!a.situation.contains("robust escort"))  // generated, not copied
  }

  @Test func quietRegionExplainsItsRecordWithoutZeroRatios() {
    let corpus = F.corpus(incidents: [
      F.incident("Gao", daysAgo: 40, actors: ["JNIM"]), F.incident("Gao", daysAgo: 90, actors: ["Civilians"]),
    ])
    let a = F.assess("Gao", corpus)
    #expect(a.level == .minimal)
    #expect(
      a.explanation
        == "Minimal: no incidents in 30 days (last 2024-05-21), 0.04 a week in the 12 months before; actors JNIM"
    )
    #expect(a.reasons.first == "no incidents in 30 days (last 2024-05-21)")
    #expect(
      a.situation.contains("No incidents were recorded in the last 30 days; the last was on 2024-05-21."))
    #expect(a.situation.contains("The 52 weeks before that saw 2 incidents (0.04 a week)."))
    #expect(!a.situation.contains("Civilians"))
  }

  @Test func noDataSituationSaysSo() {
    let a = F.assess("Kayes", Self.corpus)
    #expect(a.situation.contains("No incidents are recorded for Kayes"))
    #expect(a.reasons == ["no incidents in the 12 months to 2024-06-30"])
  }

  @Test func hostileActorNamesAreNeutralised() {
    let corpus = F.corpus(incidents: [F.incident("Gao", daysAgo: 1, actors: ["\u{1B}]52;c;evil\u{7}"])])
    let a = F.assess("Gao", corpus)
    #expect(!a.explanation.contains("\u{1B}"))
    #expect(!a.situation.contains("\u{1B}"))
  }
}
