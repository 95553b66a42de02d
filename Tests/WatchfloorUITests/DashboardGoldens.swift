import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// Renders dashboards to golden files. `assertGolden(corpus:…)` is the one-liner for any
/// corpus (e.g. the bundled Fixtures once the extractor lands).
enum DashboardGoldens {
  static let directory = FixturePaths.repositoryRoot + "/Tests/WatchfloorUITests/Goldens"

  /// The sample corpus as a dashboard state, with the sample's fixed assessor and load time.
  static func sampleState(
    watched: [Region] = DashboardData.defaultRegions, options: DisplayOptions = DisplayOptions()
  ) -> AppState {
    AppState(data: sampleData(watched: watched), options: options)
  }

  static func sampleData(
    watched: [Region] = DashboardData.defaultRegions, corpus: Corpus = SampleCorpus.corpus(),
    previous: Set<IncidentID>? = nil, loadedAt: String = SampleCorpus.loadedAt
  ) -> DashboardData {
    DashboardData(
      corpus: corpus, watched: watched, loadedAt: loadedAt, previousIncidentIDs: previous,
      assess: SampleCorpus.assess)
  }

  /// Checks the rendering of `state` at a size against `Goldens/<name>.txt`.
  static func assertGolden(
    _ state: AppState, name: String, width: Int, height: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var state = state
    state.setScreenSize(width: width, height: height)
    let grid = Renderer.render(state, width: width, height: height)
    let failure = GoldenFile.check(GridSnapshot.text(grid), path: directory + "/\(name).txt")
    #expect(failure == nil, "\(failure ?? "")", sourceLocation: sourceLocation)
  }

  /// Renders any corpus (real assessor, newest-report as-of, fixed load time) at a size.
  static func assertGolden(
    corpus: Corpus, name: String, width: Int = 80, height: Int = 24,
    options: DisplayOptions = DisplayOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let state = AppState(data: DashboardData(corpus: corpus, loadedAt: "00:00:00"), options: options)
    assertGolden(state, name: name, width: width, height: height, sourceLocation: sourceLocation)
  }
}
