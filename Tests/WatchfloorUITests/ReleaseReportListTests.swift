import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// `DashboardData.releaseReportList()`: the data lets go of the store's report list (so the
/// store's next update edits it in place) and still updates to exactly what a full build gives.
@Suite struct ReleaseReportListTests {
  /// Whether `corpus`'s report list has no other holder: its elements can be changed in place.
  private func reportListIsUnique(_ corpus: consuming Corpus) -> Bool {
    var reports = corpus.reports
    corpus.reports = []
    let storage = reports.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    reports[0].title += " (edited)"  // copies the list first when it is shared
    return reports.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } == storage
  }

  @Test func theCorpusReportListIsNoLongerShared() {
    let kept = SampleCorpus.large(incidents: 300, reports: 20)
    let holding = DashboardData(corpus: kept, loadedAt: "t", assessor: RiskAssessor())
    let shared = !reportListIsUnique(consume kept)  // the data holds it too
    #expect(shared)
    #expect(holding.basis.holdsReports)

    let corpus = SampleCorpus.large(incidents: 300, reports: 20)
    var data = DashboardData(corpus: corpus, loadedAt: "t", assessor: RiskAssessor())
    #expect(data.basis.holdsReports)
    data.releaseReportList()
    #expect(!data.basis.holdsReports)
    let unique = reportListIsUnique(consume corpus)  // outside #expect, which keeps its argument
    #expect(unique)
  }

  @Test(arguments: [21, 22, 23] as [UInt64])
  func updatesWithThePreviousReportsEqualFullBuilds(seed: UInt64) {
    var edits = CorpusEdits(corpus: SampleCorpus.large(incidents: 600, reports: 40), seed: seed)
    var data = DashboardData(corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor())
    data.releaseReportList()
    for step in 0..<25 {
      let previous = edits.corpus
      let edit = edits.step()
      let paths = IncrementalDashboardTests.changedPaths(from: previous, to: edits.corpus, seed: seed)
      var before: [String: Report] = [:]
      for report in previous.reports where paths.contains(report.path) { before[report.path] = report }
      let full = DashboardData(
        corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor(), previousIncidentIDs: data.incidentIDs)
      data.update(to: edits.corpus, loadedAt: "t", changedPaths: paths, previousReports: before)
      #expect(data == full, "seed \(seed) step \(step) (\(edit))")
      #expect(!data.basis.holdsReports, "seed \(seed) step \(step): built in full")
    }
  }

  @Test func anUpdateWithoutThePreviousReportsBuildsInFull() {
    var edits = CorpusEdits(corpus: SampleCorpus.large(incidents: 300, reports: 20), seed: 4)
    var data = DashboardData(corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor())
    data.releaseReportList()
    edits.step()
    let full = DashboardData(
      corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor(), previousIncidentIDs: data.incidentIDs)
    data.update(to: edits.corpus, loadedAt: "t")
    #expect(data == full)
    #expect(data.basis.holdsReports)
  }

  @Test func dataRatedByACustomAssessorKeepsItsReports() {
    var data = DashboardGoldens.sampleData(corpus: SampleCorpus.corpus())
    data.releaseReportList()
    #expect(data.basis.holdsReports)
  }
}
