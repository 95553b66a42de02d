import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// Loads the shared seed reports when they are beside the checkout; skipped (visibly, with
/// the reason below) when `../shared/seeds` is absent.
@Suite(
  .enabled(
    if: FileManager.default.fileExists(atPath: FixturePaths.seeds),
    "../shared/seeds is not present next to the checkout"))
struct SeedReportTests {
  func seed(_ prefix: String) throws -> Report {
    let corpus = try CorpusLoader().load(root: FixturePaths.seeds)
    return try #require(corpus.reports.first { $0.path.hasPrefix(prefix) })
  }

  @Test func seed000IsAnAlertDatedByItsHeader() throws {
    let report = try seed("000_")
    #expect(report.date == Day(year: 2022, month: 3, day: 28))
    #expect(report.dateSource == .header)
    #expect(report.kind == .alert)
    #expect(report.sections.map(\.name) == ["", "Event", "Context", "Advice"])
  }

  @Test func seed001IsABriefWithRisks() throws {
    let report = try seed("001_")
    #expect(report.kind == .brief)
    #expect(report.section(named: "Risks")?.text == "Terrorism; Death and injury")
    #expect(report.section(named: "Sectors") != nil)
    #expect(report.section(named: "Significance") != nil)
  }

  @Test func seed002IsNews() throws {
    #expect(try seed("002_").kind == .news)
  }

  @Test func seeds003And004AreBackground() throws {
    #expect(try seed("003_").kind == .background)
    #expect(try seed("004_").kind == .background)
  }

  @Test func everySeedSectionMatchesItsOffset() throws {
    let corpus = try CorpusLoader().load(root: FixturePaths.seeds)
    #expect(corpus.reports.count == 5)
    for report in corpus.reports {
      let bytes = Array(report.body.utf8)
      for section in report.sections {
        let slice = bytes[section.offset..<(section.offset + section.text.utf8.count)]
        #expect(String(decoding: slice, as: UTF8.self) == section.text)
      }
    }
  }
}
