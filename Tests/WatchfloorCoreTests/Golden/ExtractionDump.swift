import Foundation
import WatchfloorCore

/// The extraction output of a corpus directory as text, for the identity goldens: what
/// `watchfloor incidents --format jsonl` prints (reports in path order, the Core
/// ``IncidentJSONL`` writer) and, per incident, the fields JSONL leaves out (id, main or
/// background, span) with the evidence `explain` shows.
///
/// Files are read, decoded and parsed as ``CorpusLoader`` does, except that a report without a
/// stated date gets a fixed day instead of its file time, so a checkout or copy does not change
/// the output.
struct ExtractionDump {
  var jsonl: [String] = []
  var evidence: [String] = []

  /// Stands in for the file modification day of undated reports.
  static let fixedFileDay = Day(year: 2026, month: 11, day: 23)!

  init(root: String, extractor: IncidentExtractor = IncidentExtractor()) throws {
    let loader = CorpusLoader(extractor: extractor)
    let listing = try loader.listFiles(root: root)
    for file in listing.files {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: listing.root + "/" + file.path))
      let decoded = ReportTextDecoder.decode(bytes)
      guard !decoded.isBinary else { continue }
      let report = ReportParser().parse(path: file.path, text: decoded.text, fileModified: Self.fixedFileDay)
      for item in extractor.explain(report) {
        jsonl.append(IncidentJSONL.line(item.incident))
        evidence.append(Self.describe(item))
      }
    }
  }

  private static func describe(_ item: IncidentEvidence) -> String {
    let incident = item.incident
    let fields: [String] = [
      incident.id.rawValue,
      incident.isMainEvent ? "main" : "background",
      "span \(incident.span.lowerBound)..<\(incident.span.upperBound)",
      "date ← \(item.dateWords ?? "-")",
      "region ← \(item.regionWords ?? "-")",
      "actors ← \(item.actorWords.joined(separator: "; "))",
      "toll ← \(item.fatalityWords ?? "-")",
      "cues ← \(item.eventWords.joined(separator: ", "))",
      "why ← \(item.mainReason)",
    ]
    return fields.joined(separator: " | ")
  }
}
