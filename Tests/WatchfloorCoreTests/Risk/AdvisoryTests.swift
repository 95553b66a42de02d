import Testing
import WatchfloorCore

@Suite struct AdvisoryTests {
  typealias F = RiskFixtures

  @Test func newestAdviceFirstWithSourceAndDate() {
    let old = F.report(
      "old.txt", daysAgo: 20, incidents: [F.incident("Gao", daysAgo: 21)], advice: "Stay vigilant in town.")
    let new = F.report(
      "new.txt", daysAgo: 2, incidents: [F.incident("Gao", daysAgo: 3)], advice: "Travel by day only.",
      risks: "Terrorism; Kidnapping", sectors: "Transport; Mining")
    let a = F.assess("Gao", F.corpus([old, new]))
    #expect(a.advisories.map(\.source) == ["new.txt", "new.txt", "new.txt", "old.txt"])
    #expect(a.advisories.map(\.kind) == [.advice, .risks, .sectors, .advice])
    #expect(a.advisories[0].text == "Travel by day only.")
    #expect(a.advisories[1].text == "Terrorism; Kidnapping")
    #expect(a.advisories[2].text == "Transport; Mining")
    #expect(a.advisories[0].date == F.asOf.adding(days: -2))
  }

  @Test func adviceAboutOtherRegionsIsLeftOut() {
    let kidal = F.report(
      "kidal.txt", incidents: [F.incident("Kidal", daysAgo: 1)], advice: "Avoid the Kidal road.")
    let gao = F.report(
      "gao.txt", daysAgo: 5, incidents: [F.incident("Gao", daysAgo: 5)], advice: "Gao advice.")
    let a = F.assess("Gao", F.corpus([kidal, gao]))
    #expect(a.advisories.map(\.source) == ["gao.txt"])
  }

  @Test func aReportThatNamesTheRegionIsRelevantWithoutIncidents() {
    let brief = F.report(
      "brief.txt", daysAgo: 1, title: "Outlook for the Ménaka region", advice: "Expect more raids.")
    let spelled = F.report("other.txt", daysAgo: 2, risks: "Banditry", body: "Convoys near MENAKA town.")
    let a = F.assess("Ménaka", F.corpus([brief, spelled]))
    #expect(a.advisories.map(\.source) == ["brief.txt", "other.txt"])
  }

  @Test func bodyMentionsDoNotLendAnotherRegionsAlert() {
    let alert = F.report(
      "menaka.txt", daysAgo: 1, incidents: [F.incident("Ménaka", daysAgo: 1)],
      advice: "Avoid all travel to the region.", body: "Supplies arrive by road from Gao.")
    let a = F.assess("Gao", F.corpus([alert]))
    #expect(a.advisories.isEmpty)
  }

  @Test func childRegionAdviceRollsUpIntoTheParent() {
    let brief = F.report(
      "bandiagara.txt", daysAgo: 1, incidents: [F.incident("Bandiagara", daysAgo: 1)], advice: "Avoid RN15.")
    #expect(F.assess("Mopti", F.corpus([brief])).advisories.count == 1)
    #expect(F.assess("Mopti", F.corpus([brief]), watched: ["Mopti", "Bandiagara"]).advisories.isEmpty)
  }

  @Test func adviceDatedAfterTheAsOfDayIsLeftOut() {
    let later = F.report("later.txt", daysAgo: -1, title: "Gao update", advice: "Later advice.")
    #expect(F.assess("Gao", F.corpus([later])).advisories.isEmpty)
  }

  @Test func latestAdviceStatingALevelNudgesByOneStepOnly() {
    let quiet = F.incident("Gao", daysAgo: 10)  // Low on its own
    let alert = F.report(
      "alert.txt", daysAgo: 1, incidents: [quiet], advice: "Avoid all travel to Gao region.")
    let a = F.assess("Gao", F.corpus([alert]))
    #expect(a.level == .moderate)
    #expect(a.reasons.contains("latest advice (2024-06-29) advises against all travel: raised one level"))
    #expect(a.explanation.hasSuffix("latest advice advises against all travel"))
  }

  @Test func milderAdviceLowersByOneStep() {
    let incidents = (0..<2).map {
      F.incident("Gao", daysAgo: 0, type: .explosionsRemoteViolence, deaths: 30, location: "P\($0)")
    }
    let alert = F.report("alert.txt", incidents: incidents, advice: "Exercise increased caution.")
    #expect(F.assess("Gao", F.corpus([alert])).level == .high)  // Extreme by score, advice says moderate
  }

  @Test func oldAdviceDoesNotNudge() {
    let quiet = F.incident("Gao", daysAgo: 10)
    let alert = F.report("alert.txt", daysAgo: 45, title: "Gao", advice: "Avoid all travel to Gao.")
    let a = F.assess("Gao", F.corpus([alert, F.report("news.txt", incidents: [quiet])]))
    #expect(a.level == .low)
    #expect(a.advisories.count == 1)
  }

  @Test func onlyTheNewestAdviceCountsForTheNudge() {
    let quiet = F.incident("Gao", daysAgo: 10)
    let older = F.report("older.txt", daysAgo: 5, title: "Gao", advice: "Avoid all travel to Gao.")
    let newer = F.report("newer.txt", daysAgo: 1, title: "Gao", advice: "Carry identity papers.")
    let a = F.assess("Gao", F.corpus([older, newer, F.report("n.txt", incidents: [quiet])]))
    #expect(a.level == .low)
  }

  @Test func cuesMatchWholeWordsAndTakeTheHighestLevel() {
    let cues = AdviceLevelCues.bundled
    #expect(cues.match("AVOID ALL TRAVEL to the area.")?.level == .extreme)
    #expect(cues.match("Travel only with security escorts and in daylight.")?.level == .high)
    #expect(cues.match("Remain vigilant; avoid all travel at night.")?.level == .extreme)
    #expect(cues.match("Expect delays at checkpoints.") == nil)
    #expect(cues.match("The low-risk option")?.level == .low)
    #expect(cues.match("allow risk") == nil)
  }
}
