import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI

/// Loads the corpus and builds the dashboard's data and state for the terminal's capabilities.
struct DashboardLoader: Sendable {
  let root: String
  let watched: [Region]
  let asOf: AsOfChoice
  let risk: RiskSettings
  /// Level colours and key bindings from the config file.
  var colors = LevelColors()
  var keys = KeyBindings()

  func load() throws(CorpusError) -> Corpus { try CorpusLoader().load(root: root) }

  /// The frame data for a freshly loaded corpus, stamped with the local load time. Reloads
  /// update it with ``DashboardData/updated(to:loadedAt:)``.
  func makeData(corpus: Corpus) -> DashboardData {
    DashboardData(
      corpus: corpus, watched: watched, asOf: asOf, loadedAt: ClockTime.now(),
      assessor: RiskAssessor(settings: risk))
  }

  /// The first state: all regions, focus on the incidents.
  func makeState(corpus: Corpus, capabilities: TerminalCapabilities) -> AppState {
    makeState(data: makeData(corpus: corpus), capabilities: capabilities)
  }

  /// The first state on data built beforehand (off the main thread, while loading).
  func makeState(data: DashboardData, capabilities: TerminalCapabilities) -> AppState {
    AppState(
      data: data,
      options: DisplayOptions(
        colors: capabilities.colors, unicode: capabilities.unicode, levelColors: colors, keys: KeyMap(keys)))
  }
}
