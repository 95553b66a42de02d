import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI

/// Loads the corpus and builds the dashboard's data and state for the terminal's capabilities.
struct DashboardLoader {
  let root: String
  let watched: [Region]
  let asOf: AsOfChoice
  let risk: RiskSettings

  func load() throws(CorpusError) -> Corpus { try CorpusLoader().load(root: root) }

  /// The frame data for a freshly loaded corpus, stamped with the local load time.
  func makeData(corpus: Corpus) -> DashboardData {
    let assessor = RiskAssessor(settings: risk)
    let index = AdviceIndex(corpus: corpus, catalog: assessor.catalog)
    return DashboardData(
      corpus: corpus, watched: watched, asOf: asOf, loadedAt: ClockTime.now(),
      assess: { region, watched, corpus, day in
        assessor.assess(region: region, watched: watched, corpus: corpus, asOf: day, adviceIndex: index)
      })
  }

  /// The first state: all regions, focus on the incidents.
  func makeState(corpus: Corpus, capabilities: TerminalCapabilities) -> AppState {
    AppState(
      data: makeData(corpus: corpus),
      options: DisplayOptions(colors: capabilities.colors, unicode: capabilities.unicode))
  }
}
