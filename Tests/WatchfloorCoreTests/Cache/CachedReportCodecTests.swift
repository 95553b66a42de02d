import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The record of every fixture report reads back as the same report.
@Suite struct CachedReportCodecTests {
  @Test func everyFixtureReportRoundTrips() throws {
    let corpus = try CorpusLoader().load(root: FixturePaths.fixtures)
    #expect(!corpus.reports.isEmpty)
    for original in corpus.reports {
      var report = original
      report.warnings = []
      let record = CachedReportCodec.encode(report)
      let decoded = try record.withUnsafeBytes { buffer in
        var reader = CacheByteReader(buffer, range: 0..<buffer.count)
        let decoded = try CachedReportCodec.decode(&reader, path: report.path, body: report.body)
        #expect(reader.isAtEnd)
        return decoded
      }
      #expect(decoded.title == report.title, "\(report.path)")
      #expect(decoded.sections == report.sections, "\(report.path)")
      for (a, b) in zip(decoded.incidents, report.incidents) { #expect(a == b, "\(report.path)") }
      #expect(decoded == report, "\(report.path)")
      // The sections read back are slices of the body given, not copies.
      for section in decoded.sections where section.text.utf8.count > 15 {
        #expect(sharesStorage(section.text, with: report.body), "\(report.path) \(section.name)")
      }
    }
  }
}
