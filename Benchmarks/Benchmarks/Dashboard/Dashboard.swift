import Benchmark
import BenchmarkSupport
import WatchfloorCore
import WatchfloorUI

/// Keypress to frame: `AppState.handle(key)` then `Renderer.render(state, width: 200,
/// height: 60)` with 100k synthetic incidents in memory (built from generated reports, no
/// parsing), one key per iteration; p50/p99 are the percentiles of the wall clock.
/// Filtering: the same with the `/` filter open, typing and erasing a place name, one keystroke
/// per iteration.
let benchmarks: @Sendable () -> Void = {
  // Each benchmark runs in its own process: build the 100k corpus and its dashboard data in
  // the setup hook, outside every measurement.
  let prepare: Benchmark.BenchmarkSetupHook = { _ = DashboardCorpus.shared }
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 10,
    maxDuration: .seconds(15),
    maxIterations: 2_000,
    setup: prepare
  )

  let navigation = KeySession(
    keys: [.down, .down, .down, .pageDown, .down, .up, .pageUp, .tab, .down, .backTab])
  Benchmark("Keypress.navigate.200x60.100k", configuration: configuration) { benchmark in
    navigation.pressNextKey(benchmark)
  }

  // Type a place name, then erase it: every keystroke refilters the 100k incidents.
  let word = Array("ansongo")
  let filtering = KeySession(
    prelude: [.character("/")],
    keys: word.map { .character($0) } + Array(repeating: .backspace, count: word.count))
  Benchmark("Keypress.filter.200x60.100k", configuration: configuration) { benchmark in
    filtering.pressNextKey(benchmark)
  }

  Benchmark(
    "DashboardData.build.100k",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal], warmupIterations: 0, maxDuration: .seconds(30),
      maxIterations: 10, setup: prepare)
  ) { _ in
    blackHole(DashboardData(corpus: DashboardCorpus.shared.corpus, loadedAt: "00:00:00"))
  }

  Benchmark(
    "Model.incidentsNewestFirst.100k",
    configuration: .init(
      metrics: [.wallClock, .mallocCountTotal], warmupIterations: 1, maxDuration: .seconds(10),
      maxIterations: 50, setup: prepare)
  ) { _ in
    blackHole(DashboardCorpus.shared.corpus.incidents.count)
  }
}

/// The 100k-incident corpus and its dashboard data, built once per process (generation and
/// risk assessment take seconds).
final class DashboardCorpus: Sendable {
  static let shared = DashboardCorpus()
  let corpus: Corpus
  let data: DashboardData

  private init() {
    corpus = SyntheticCorpus.make(incidents: 100_000, seed: BenchmarkEnvironment.seed)
    data = DashboardData(corpus: corpus, loadedAt: "00:00:00")
  }
}

/// A dashboard that keeps its state across iterations and presses one key of a cycle per
/// iteration, measuring key handling plus rendering of the frame.
final class KeySession: @unchecked Sendable {
  private var state: AppState?
  private let prelude: [Key]
  private let keys: [Key]
  private var next = 0

  init(prelude: [Key] = [], keys: [Key]) {
    self.prelude = prelude
    self.keys = keys
  }

  func pressNextKey(_ benchmark: Benchmark) {
    var current = state ?? started()
    state = nil  // keep the state uniquely referenced so handling a key does not copy it
    let key = keys[next % keys.count]
    next += 1
    benchmark.startMeasurement()
    _ = current.handle(key)
    let frame = Renderer.render(current, width: 200, height: 60)
    benchmark.stopMeasurement()
    blackHole(frame)
    state = current
  }

  private func started() -> AppState {
    var state = AppState(data: DashboardCorpus.shared.data)
    state.setScreenSize(width: 200, height: 60)
    for key in prelude { _ = state.handle(key) }
    _ = Renderer.render(state, width: 200, height: 60)
    return state
  }
}
