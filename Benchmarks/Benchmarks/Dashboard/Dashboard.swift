import Benchmark
import BenchmarkSupport
import Glibc
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
    metrics: [.wallClock, threadCPU, .mallocCountTotal, .peakMemoryResident],
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

/// CPU time of the measuring thread in microseconds: unlike the wall clock, other processes on a
/// busy machine do not inflate it.
let threadCPU = BenchmarkMetric.custom("Thread CPU (us)", polarity: .prefersSmaller, useScalingFactor: false)

/// The CPU time of the calling thread, in microseconds.
func threadCPUMicroseconds() -> Int {
  var spec = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
  return spec.tv_sec * 1_000_000 + spec.tv_nsec / 1_000
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
/// iteration, measuring key handling plus rendering of the frame into a reused grid (as
/// `DashboardSession` does with `TerminalScreen.paint(swapping:)`).
final class KeySession: @unchecked Sendable {
  private var state: AppState?
  private let prelude: [Key]
  private let keys: [Key]
  private var next = 0
  /// The grid the next frame is rendered into, and the frame shown (as the terminal keeps it).
  private var grid = ScreenGrid(width: 0, height: 0)
  private var shown = ScreenGrid(width: 0, height: 0)
  /// `WATCHFLOOR_BENCH_TRACE=1` prints each key's thread CPU time (to find the slow keystroke).
  static let traces = getenv("WATCHFLOOR_BENCH_TRACE").map { String(cString: $0) == "1" } ?? false

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
    let cpuStart = threadCPUMicroseconds()
    _ = current.handle(key)
    Renderer.render(current, width: 200, height: 60, into: &grid)
    let cpu = threadCPUMicroseconds() - cpuStart
    benchmark.stopMeasurement()
    benchmark.measurement(threadCPU, cpu)
    // As the terminal does: it keeps this frame to diff the next one against and hands back
    // the frame before, which the next key renders into.
    swap(&grid, &shown)
    blackHole(shown)
    if KeySession.traces { print("key \(key): \(cpu) us thread CPU, \(current.visibleIncidentCount) rows") }
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
