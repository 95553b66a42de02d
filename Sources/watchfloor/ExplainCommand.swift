import ArgumentParser
import WatchfloorCore

/// `watchfloor explain FILE`: each extracted field of each incident with the words it came from.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Show why each incident field of one report was extracted.")

  @Argument(help: "The report file to explain.", completion: .file())
  var file: String

  func run() throws {
    let parts = file.split(separator: "/", omittingEmptySubsequences: false)
    let name = String(parts.last ?? Substring(file))
    let directory = parts.count > 1 ? parts.dropLast().joined(separator: "/") : "."
    let root = directory.isEmpty ? "/" : directory
    let out = StandardOutput()
    defer { out.flush() }
    guard let report = CorpusLoader().loadFile(root: root, relativePath: name).report else {
      out.flush()
      StandardError.line("watchfloor: cannot read \(SafeText.singleLine(file)) as a report")
      throw ExitCode(2)
    }
    for line in ExplainText.lines(for: report, evidence: IncidentExtractor().explain(report)) {
      out.line(line)
    }
  }
}

/// The text `explain` prints, kept apart from I/O so it can be tested.
enum ExplainText {
  static func lines(for report: Report, evidence: [IncidentEvidence]) -> [String] {
    let safe = { (text: String) in SafeText.singleLine(text) }
    var lines = [
      "report   \(safe(report.path))",
      "kind     \(report.kind.rawValue)",
      "date     \(report.date?.iso ?? "unknown") (\(report.dateSource?.rawValue ?? "no source"))",
      "title    \(safe(report.title))",
    ]
    if evidence.isEmpty {
      lines.append(
        report.kind == .background
          ? "no incidents: a background report" : "no incidents: no sentence reports an event")
    }
    for (number, item) in evidence.enumerated() {
      let incident = item.incident
      lines.append("")
      lines.append(
        "incident \(number + 1) (\(incident.isMainEvent ? "main" : "background"))  \(safe(incident.id.rawValue))"
      )
      lines.append("  sentence     \(safe(incident.sourceText))")
      lines.append("  main         \(safe(item.mainReason))")
      lines.append("  date         \(incident.date?.description ?? "none")  ← \(safe(item.dateWords ?? "-"))")
      lines.append(
        "  region       \(incident.region?.name ?? "none")  ← \(safe(item.regionWords ?? "-"))")
      lines.append("  location     \(safe(incident.location ?? "none"))")
      let actors = item.actorWords.isEmpty ? "none" : item.actorWords.map(safe).joined(separator: "; ")
      lines.append("  actors       \(safe(incident.actors.joined(separator: ", ")))  ← \(actors)")
      let cues =
        item.eventWords.isEmpty ? "no trigger words" : item.eventWords.map(safe).joined(separator: ", ")
      lines.append("  event type   \(incident.eventType?.rawValue ?? "none")  ← \(cues)")
      let toll = incident.fatalities.map(String.init) ?? "unknown"
      lines.append("  fatalities   \(toll)  ← \(safe(item.fatalityWords ?? "no toll stated"))")
    }
    return lines
  }
}
