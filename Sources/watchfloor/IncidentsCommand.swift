import ArgumentParser
import WatchfloorCore

/// `watchfloor incidents`: every extracted incident, filtered, as a table, JSON Lines or CSV.
///
/// The table lists newest first; JSONL and CSV list incidents in corpus order (reports by path,
/// then the extractor's order, main events first), which is stable and diffable.
struct IncidentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "incidents", abstract: "List extracted incidents.")

  @OptionGroup var corpusOptions: CorpusOptions

  @Option(help: "Only this region (any spelling); 2023 regions count for their parent.")
  var region: String?

  @Option(help: "Only incidents on or after this day (YYYY-MM-DD).")
  var since: String?

  @Option(help: "Output format: table, jsonl or csv.")
  var format: OutputFormat = .table

  func validate() throws {
    if let region, RegionCatalog.bundled.region(named: region) == nil {
      throw ValidationError("unknown region '\(SafeText.singleLine(region))'")
    }
    if let since, Day(iso: since) == nil {
      throw ValidationError("--since must be a date as YYYY-MM-DD, not '\(SafeText.singleLine(since))'")
    }
  }

  func run() throws {
    let corpus = try corpusOptions.loadCorpus()
    let incidents = IncidentFilter(
      region: region.flatMap { RegionCatalog.bundled.region(named: $0) },
      since: since.flatMap { Day(iso: $0) }
    ).apply(corpus.reports.flatMap(\.incidents))
    let out = StandardOutput()
    switch format {
    case .jsonl:
      for incident in incidents { out.line(IncidentJSONL.line(incident)) }
    case .csv:
      out.line(IncidentCSV.header)
      for incident in incidents { out.line(IncidentCSV.row(incident)) }
    case .table:
      let table = IncidentTable(width: StandardOutput.width())
      for line in table.render(incidents.sorted(by: Incident.newestFirst)) { out.line(line) }
    }
    out.flush()
  }
}
