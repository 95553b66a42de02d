import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

@Suite struct DashboardDataTests {
  let data = DashboardGoldens.sampleData()

  @Test func asOfIsTheNewestStatedReportDate() {
    // notes/undated-note.txt has a newer file date (2024-03-12) that must not count.
    #expect(data.asOf == SampleCorpus.asOf)
    #expect(data.asOfSource == .newestReport)
  }

  @Test func fileDatesCountOnlyWhenNoReportStatesOne() {
    var corpus = SampleCorpus.corpus()
    corpus.reports = corpus.reports.filter { $0.dateSource == .fileModified }
    let data = DashboardData(corpus: corpus, loadedAt: "x", assess: SampleCorpus.assess)
    #expect(data.asOf == Day(iso: "2024-03-12"))
  }

  @Test func asOfOptionAndTodayOverride() {
    let day = Day(iso: "2024-01-31")!
    let fixed = DashboardData(
      corpus: SampleCorpus.corpus(), asOf: .fixed(day), loadedAt: "x", assess: SampleCorpus.assess)
    #expect(fixed.asOf == day && fixed.asOfSource == .option)
    let today = DashboardData(
      corpus: SampleCorpus.corpus(), asOf: .today(day), loadedAt: "x", assess: SampleCorpus.assess)
    #expect(today.asOfSource == .today)
    let empty = DashboardData(corpus: Corpus(root: "/x", reports: [], skipped: []), loadedAt: "x")
    #expect(empty.asOf == nil && empty.asOfSource == .none)
    #expect(empty.panes.allSatisfy { $0.assessment.level == nil })
  }

  @Test func panesAreTheWatchedRegionsThenOther() {
    #expect(data.panes.map(\.name) == ["Gao", "Ménaka", "Mopti", "Kidal", "Other"])
    #expect(data.panes.last?.isOther == true)
    #expect(data.panes[1].assessment.level == .extreme)
  }

  @Test func incidentsAreNewestFirstAndAssignedToPanes() {
    #expect(data.incidents.first?.id.rawValue == "men-01")
    #expect(data.incidents.last?.id.rawValue == "unk-01")  // undated last
    func pane(_ id: String) -> String {
      let index = data.incidents.firstIndex { $0.id.rawValue == id }!
      return data.panes[Int(data.paneOfIncident[index])].name
    }
    #expect(pane("mop-03") == "Mopti")  // Bandiagara rolls up to Mopti
    #expect(pane("seg-01") == "Other")
    #expect(pane("unk-01") == "Other")
    #expect(data.rowsByPane.map(\.count) == [3, 5, 4, 1, 3])
  }

  @Test func orderIsTheCorpusNewestFirstOrder() {
    #expect(data.incidents.map(\.id) == SampleCorpus.corpus().incidents.map(\.id))
    let large = SampleCorpus.large(incidents: 2_000, reports: 10)
    #expect(
      DashboardData.newestFirst(large.reports.flatMap(\.incidents)).map(\.id) == large.incidents.map(\.id))
  }

  @Test func otherCountsIncidentsOutsideTheWatchedRegions() {
    let other = data.panes.last!.assessment
    #expect(other.incidents30 == 2)  // Niono 2024-03-06 and Goundam 2024-02-25
    #expect(other.deaths30 == 10)
    #expect(other.incidents7 == 1)
    #expect(other.lastIncident == Day(iso: "2024-03-06"))
    #expect(other.level == .high)  // Ségou is rated High by the sample assessor
    #expect(other.reasons.first == "Highest: Ségou (High)")
  }

  @Test func warningsListFailedFilesAndReportWarnings() {
    #expect(data.warnings.count == 2)
    #expect(data.warnings[0].isFailure && data.warnings[0].path == "briefs/2024-03-02-broken.txt")
    #expect(!data.warnings[1].isFailure)
  }

  @Test func newIncidentsAreThoseNotInThePreviousLoad() {
    let previous = Set(data.incidentIDs.filter { $0.rawValue != "gao-02" })
    let next = DashboardGoldens.sampleData(previous: previous)
    #expect(next.newIncidentIDs == [IncidentID("gao-02")])
    #expect(data.newIncidentIDs.isEmpty)
  }

  @Test func defaultAssessorIsTheRiskAssessor() {
    let real = DashboardData(corpus: SampleCorpus.corpus(), loadedAt: "x")
    let expected = RiskAssessor().assess(
      region: Region("Gao"), watched: Set(DashboardData.defaultRegions), corpus: SampleCorpus.corpus(),
      asOf: SampleCorpus.asOf)
    #expect(real.panes[0].assessment == expected)
  }
}

@Suite struct ClockTimeTests {
  @Test func clockTimeIsHoursMinutesSeconds() {
    let parts = ClockTime.now().split(separator: ":")
    #expect(parts.count == 3 && parts.allSatisfy { $0.count == 2 && Int($0) != nil })
  }

  @Test func corpusInitializerUsesDefaults() {
    let state = AppState(corpus: SampleCorpus.corpus())
    #expect(state.data.panes.map(\.name) == ["Gao", "Ménaka", "Mopti", "Kidal", "Other"])
    #expect(state.data.asOf == SampleCorpus.asOf)
  }
}
