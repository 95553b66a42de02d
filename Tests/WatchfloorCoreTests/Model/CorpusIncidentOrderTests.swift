import Testing
import WatchfloorCore

/// `Corpus.incidents` is sorted once and cached: the cache must follow changes to the reports
/// and never leak between copies of a corpus.
@Suite struct CorpusIncidentOrderTests {
  typealias F = RiskFixtures

  @Test func incidentsAreNewestFirstAndFollowReportChanges() {
    let old = F.incident("Gao", daysAgo: 30, id: "a#old")
    let new = F.incident("Mopti", daysAgo: 2, id: "b#new")
    var corpus = F.corpus([F.report("a.txt", incidents: [old])])
    #expect(corpus.incidents.map(\.id) == [old.id])
    let before = corpus
    corpus.reports.append(F.report("b.txt", incidents: [new]))
    #expect(corpus.incidents.map(\.id) == [new.id, old.id])
    #expect(before.incidents.map(\.id) == [old.id])
    corpus.reports[0].incidents = []
    #expect(corpus.incidents.map(\.id) == [new.id])
    #expect(before.incidents.map(\.id) == [old.id])
  }

  @Test func repeatedReadsGiveTheSameOrder() {
    let incidents = (0..<50).map { F.incident("Gao", daysAgo: $0 % 7, id: "r#\($0)") }
    let corpus = F.corpus(incidents: incidents)
    let first = corpus.incidents
    #expect(first.count == 50)
    #expect(corpus.incidents == first)
    #expect(first.map(\.id) == incidents.sorted(by: Incident.newestFirst).map(\.id))
  }
}
