import ArgumentParser
import WatchfloorCore

/// `watchfloor summary`: the corpus at a glance, one row per region.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary", abstract: "Show incidents, fatalities and last incident per region.")

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    let corpus = try corpusOptions.loadCorpus()
    let out = StandardOutput()
    for line in SummaryTable(corpus: corpus).render(width: StandardOutput.width()) { out.line(line) }
    out.flush()
  }
}
