import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI

/// Loads the corpus and builds the dashboard's data and state for the terminal's capabilities.
struct DashboardLoader {
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
    AppState(
      data: makeData(corpus: corpus),
      options: DisplayOptions(
        colors: capabilities.colors, unicode: capabilities.unicode, levelColors: colors, keys: KeyMap(keys)))
  }
}
