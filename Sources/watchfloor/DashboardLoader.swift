import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI

/// Loads the corpus and builds the dashboard's state for the terminal's capabilities.
struct DashboardLoader {
  let root: String
  let watched: [Region]

  func load() throws(CorpusError) -> Corpus { try CorpusLoader().load(root: root) }

  func makeState(corpus: Corpus, capabilities: TerminalCapabilities) -> AppState {
    AppState(corpus: corpus)
  }
}
