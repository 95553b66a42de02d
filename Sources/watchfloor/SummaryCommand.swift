import ArgumentParser
import WatchfloorCore

/// `watchfloor summary`: the corpus at a glance, one row per region.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Show incidents, fatalities, last incident, risk level, trend and reasons per region.")

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var configOptions: ConfigOptions
  @OptionGroup var asOfOptions: AsOfOptions

  @Option(name: .long, help: "Output format: table or json.")
  var format: SummaryFormat = .table

  func run() throws {
    let config = try configOptions.loadConfig()
    let corpus = try corpusOptions.loadCorpus(configured: config.corpus, cacheConfigured: config.cache)
    let table = SummaryTable.assessed(
      corpus: corpus, asOf: asOfOptions.resolve(corpus), settings: config.risk)
    let out = StandardOutput()
    switch format {
    case .table:
      for line in table.render(width: StandardOutput.width()) { out.line(line) }
    case .json:
      out.line(try SummaryJSON(table: table).render())
    }
    out.flush()
  }
}
