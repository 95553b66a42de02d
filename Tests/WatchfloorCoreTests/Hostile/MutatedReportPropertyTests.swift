import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// Property tests over seeded random damage to the fixture reports (``HostileMutator``): whatever
/// the bytes, decoding, parsing, extraction and loading never crash, every file is accounted for,
/// and nothing the CLI prints after ``SafeText`` holds a control character.
///
/// `WATCHFLOOR_PROPERTY_SEED=<n>` runs another sequence; a failure message names its seed.
@Suite struct MutatedReportPropertyTests {
  static let baseSeed =
    UInt64(ProcessInfo.processInfo.environment["WATCHFLOOR_PROPERTY_SEED"] ?? "") ?? 20_261_123
  static let fixtures = HostileMutator.fixtureTexts()
  static let extractor = IncidentExtractor()

  /// Scalars that must never reach a terminal.
  static func controls(_ text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter {
      $0 < 0x20 || (0x7F...0x9F).contains($0) || (0x202A...0x202E).contains($0)
        || (0x2066...0x2069).contains($0)
        || (0x200B...0x200F).contains($0)
    }
  }

  @Test func fixturesAreThere() {
    #expect(Self.fixtures.count >= 10)
  }

  @Test func mutatedReportsGoThroughDecodeParseExtractAndPrintSafely() throws {
    var mutator = HostileMutator(seed: Self.baseSeed)
    let parser = ReportParser()
    for round in 0..<150 {
      let input = mutator.mutate(Self.fixtures[mutator.below(Self.fixtures.count)])
      let decoded = ReportTextDecoder.decode(input)
      if decoded.isBinary { continue }
      var report = parser.parse(path: "r\(round).txt", text: decoded.text, fileModified: Day(ordinal: 19_800))
      report.incidents = Self.extractor.extract(from: report)
      let context = "seed \(Self.baseSeed) round \(round)"
      #expect(Self.controls(SafeText.singleLine(report.title)).isEmpty, "\(context)")
      for warning in decoded.warnings { #expect(Self.controls(SafeText.singleLine(warning)).isEmpty) }
      for incident in report.incidents {
        let printed = [incident.summary, incident.location ?? "", incident.source] + incident.actors
        for field in printed { #expect(Self.controls(SafeText.singleLine(field)).isEmpty, "\(context)") }
        let csv = IncidentCSV.row(incident)
        #expect(Self.controls(csv).isEmpty, "\(context)")
        let json = IncidentJSONL.line(incident)
        #expect(Self.controls(json).isEmpty, "\(context)")
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(context): \(json)")
        if let day = incident.date?.day { #expect((1900...2100).contains(day.year), "\(context)") }
        if let deaths = incident.fatalities { #expect(deaths >= 0, "\(context)") }
      }
    }
  }

  @Test func loaderAccountsForEveryMutatedFile() throws {
    var mutator = HostileMutator(seed: Self.baseSeed &+ 1)
    let dir = try TemporaryDirectory(prefix: "property")
    var written: Set<String> = []
    for index in 0..<60 {
      let folder = ["", "a/", "a/b/", "deep/" + String(repeating: "x/", count: mutator.below(30))][
        mutator.below(4)]
      let name = folder + "report-\(index)" + [".txt", ".md", ".TXT", ".pdf", "~", ".swp"][mutator.below(6)]
      try dir.write(name, bytes: mutator.mutate(Self.fixtures[mutator.below(Self.fixtures.count)]))
      written.insert(name)
    }
    let corpus = try CorpusLoader().load(root: dir.path)
    let accounted = corpus.reports.map(\.path) + corpus.skipped.map(\.path)
    #expect(Set(accounted) == written, "seed \(Self.baseSeed &+ 1)")
    #expect(accounted.count == written.count)
    for report in corpus.reports {
      for warning in report.warnings { #expect(Self.controls(SafeText.singleLine(warning)).isEmpty) }
      #expect(Self.controls(SafeText.singleLine(report.title)).isEmpty)
    }
    for file in corpus.skipped { #expect(Self.controls(SafeText.singleLine(file.message)).isEmpty) }
  }
}
