import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// Every input in `Resources/fuzz-regressions/*.b64` (hand-made hostile reports and anything
/// libFuzzer found) goes through the pipeline the fuzz target runs and through the loader.
@Suite struct FuzzRegressionTests {
  static let folder = FixturePaths.repositoryRoot + "/Tests/WatchfloorCoreTests/Resources/fuzz-regressions"

  static func inputs() -> [(name: String, bytes: [UInt8])] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".b64") }.sorted().compactMap { name in
      guard let text = FileManager.default.contents(atPath: folder + "/" + name),
        let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters)
      else { return nil }
      return (name, Array(data))
    }
  }

  @Test func regressionInputsAreThere() {
    #expect(Self.inputs().count >= 7)
  }

  @Test func regressionInputsGoThroughThePipelineAndTheLoader() throws {
    let dir = try TemporaryDirectory(prefix: "regress")
    let extractor = IncidentExtractor()
    for (name, bytes) in Self.inputs() {
      let decoded = ReportTextDecoder.decode(bytes)
      var report = ReportParser().parse(path: name, text: decoded.text, fileModified: Day(ordinal: 19_800))
      report.incidents = extractor.extract(from: report)
      for incident in report.incidents {
        let printed = SafeText.singleLine(incident.summary) + SafeText.singleLine(incident.location ?? "")
        #expect(
          !printed.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, "\(name)")
        #expect(
          IncidentJSONL.line(incident).unicodeScalars.allSatisfy {
            $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value)
          }, "\(name)")
      }
      try dir.write(name + ".txt", bytes: bytes)
    }
    let corpus = try CorpusLoader().load(root: dir.path)
    #expect(corpus.reports.count + corpus.skipped.count == Self.inputs().count)
  }

  @Test func latin1RegressionIsReadWithItsAccents() throws {
    let input = try #require(Self.inputs().first { $0.name == "latin1-accents.b64" })
    let decoded = ReportTextDecoder.decode(input.bytes)
    #expect(decoded.text.contains("Ménaka"))
    #expect(decoded.warnings.first?.hasPrefix("decoded as Latin-1") == true)
  }

  @Test func longLineIsCutIntoBoundedSentences() throws {
    let input = try #require(Self.inputs().first { $0.name == "long-line-without-full-stop.b64" })
    let text = String(decoding: input.bytes, as: UTF8.self)
    let sentences = SentenceSplitter.sentences(in: text)
    #expect(sentences.count > 20)
    #expect(sentences.allSatisfy { $0.text.count <= SentenceSplitter.maxSentenceLength })
    // The spans still point at the sentence text in the body.
    let utf8 = Array(text.utf8)
    for sentence in sentences {
      #expect(String(decoding: utf8[sentence.span], as: UTF8.self) == sentence.text)
    }
  }
}
