import CFuzzerDriver
import WatchfloorCore

/// Built once: the extractor loads the bundled gazetteer and cue words.
private let extractor = IncidentExtractor()
private let parser = ReportParser()

/// The entry point SwiftPM links as `main` for this executable target: hands over to libFuzzer.
@_cdecl("ExtractorFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

/// libFuzzer entry point: the bytes of one report file go through the decoder, the parser, the
/// extractor, SafeText and the exporters, as the loader and the CLI take them. A trap is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let decoded = ReportTextDecoder.decode(bytes)
  if decoded.isBinary { return 0 }
  var report = parser.parse(path: "fuzz.txt", text: decoded.text, fileModified: Day(ordinal: 19_000))
  report.incidents = extractor.extract(from: report)
  for incident in report.incidents {
    let printed = SafeText.singleLine(incident.summary) + SafeText.singleLine(incident.location ?? "")
    for scalar in printed.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
      fatalError("SafeText let a control character through: \(scalar.value)")
    }
    _ = IncidentJSONL.line(incident)
    _ = IncidentCSV.row(incident)
  }
  return 0
}
