import CorpusGenerator
import Foundation
import Testing

/// The generator must be deterministic (the benchmarks compare runs) and must write what the
/// app reads: the four formats' markers, sizes of 0.4–10 KB, incidents whose spans point at
/// their sentences.
@Suite struct CorpusGeneratorTests {
  let places = PlaceCatalog.load(repositoryRoot: PlaceCatalog.defaultRepositoryRoot)

  @Test func sameSeedGivesSameReports() {
    let a = CorpusGenerator(seed: 7, places: places)
    let b = CorpusGenerator(seed: 7, places: places)
    for index in [0, 1, 17, 999] {
      #expect(a.report(at: index) == b.report(at: index))
    }
  }

  @Test func differentSeedsGiveDifferentReports() {
    let a = CorpusGenerator(seed: 1, places: places).report(at: 3)
    let b = CorpusGenerator(seed: 2, places: places).report(at: 3)
    #expect(a.text != b.text)
  }

  @Test func reportsHaveRealisticSizesAndIncidents() {
    let generator = CorpusGenerator(seed: 1, places: places)
    for index in 0..<500 {
      let report = generator.report(at: index)
      let size = report.text.utf8.count
      #expect((400...10_000).contains(size), "\(report.path) is \(size) bytes")
      #expect(!report.incidents.isEmpty, "\(report.path) has no incidents")
    }
  }

  @Test func spansPointAtTheIncidentSentences() {
    let generator = CorpusGenerator(seed: 3, places: places)
    for index in 0..<200 {
      let report = generator.report(at: index)
      let bytes = Array(report.text.utf8)
      for incident in report.incidents {
        let slice = String(decoding: bytes[incident.span], as: UTF8.self)
        #expect(slice == incident.sentence)
        #expect(incident.sentence.contains(incident.place.name))
      }
    }
  }

  @Test func everyFormatHasItsMarkers() {
    let generator = CorpusGenerator(seed: 1, places: places)
    var seen = Set<GeneratedReportFormat>()
    for index in 0..<200 {
      let report = generator.report(at: index)
      seen.insert(report.format)
      let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false)
      switch report.format {
      case .alert:
        #expect(lines[0].contains(" | ") && lines[0].hasSuffix(" UTC"))
        #expect(lines.contains("Event") && lines.contains("Context") && lines.contains("Advice"))
        #expect(report.path.hasPrefix("alerts/"))
      case .brief:
        #expect(lines[0] == "Date: \(report.date.iso)")
        #expect(lines.contains { $0.hasPrefix("Significance: ") })
        #expect(lines.contains { $0.hasPrefix("Risks: ") })
        #expect(lines.contains { $0.hasPrefix("Sectors or assets affected: ") })
      case .news:
        #expect(lines[0] == report.date.longText)
      case .background:
        #expect(lines[0].hasSuffix("Background Paper"))
        #expect(report.incidents.allSatisfy { $0.precision != .day })
      }
    }
    #expect(seen == Set(GeneratedReportFormat.allCases))
  }

  @Test func writesTheFilesItDescribes() throws {
    let directory = NSTemporaryDirectory() + "corpus-generator-test-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let generator = CorpusGenerator(seed: 5, places: places)
    let summary = try generator.write(count: 40, to: directory)
    #expect(summary.files == 40)
    for index in 0..<40 {
      let report = generator.report(at: index)
      let text = try String(contentsOfFile: directory + "/" + report.path, encoding: .utf8)
      #expect(text == report.text)
    }
  }

  @Test func fallsBackWithoutAGazetteer() {
    let catalog = PlaceCatalog.load(repositoryRoot: "/nonexistent")
    #expect(catalog.places.contains { $0.name == "Ansongo" && $0.region == "Gao" })
  }
}
