import ArgumentParser
import WatchfloorCore

/// `watchfloor check`: every file in the corpus and what became of it; exit 1 if any failed.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "List every corpus file with what was found or why it was skipped.",
    discussion: "Exits with status 1 when any file failed to load, 2 when the corpus is missing.")

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    let corpus = try corpusOptions.loadCorpus()
    let out = StandardOutput()
    let listing = CheckListing(corpus: corpus)
    for line in listing.render() { out.line(line) }
    out.flush()
    if listing.failureCount > 0 { throw ExitCode(1) }
  }
}
