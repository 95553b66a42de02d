import Benchmark
import BenchmarkSupport
import Foundation
import WatchfloorCore
import WatchfloorUI

/// Single-file change to new snapshot: with a 10k-report corpus loaded in a `CorpusStore`
/// (100k with `WATCHFLOOR_BENCH_100K=1`), rewrite one report (adding or removing an incident
/// sentence, outside the measurement) and time `CorpusStore.apply(changedPaths:)`, which
/// re-reads that file and produces the new corpus snapshot. `Reload.singleFileToFrame` also
/// rebuilds the dashboard data, hands it to `AppState.replaceData` and renders the 200x60 frame,
/// i.e. what the dashboard does after the watcher reports the write (the watcher's own
/// coalescing delay is not included). p50/p99 are wall-clock percentiles.
let benchmarks: @Sendable () -> Void = {
  let sizes = [10_000] + (BenchmarkEnvironment.includes100k ? [100_000] : [])
  for count in sizes {
    let configuration = Benchmark.Configuration(
      metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
      warmupIterations: 3,
      maxDuration: .seconds(20),
      maxIterations: 500
    )
    let snapshot = ReloadSession(count: count, toFrame: false)
    Benchmark("Reload.singleFile.\(count / 1_000)k", configuration: configuration) { benchmark in
      snapshot.changeOneFile(benchmark)
    }
    let frame = ReloadSession(count: count, toFrame: true)
    Benchmark("Reload.singleFileToFrame.\(count / 1_000)k", configuration: configuration) { benchmark in
      frame.changeOneFile(benchmark)
    }
  }
}

/// A private copy of a generated corpus, loaded once into a store that persists across
/// iterations; each iteration toggles one of a few reports between two versions.
final class ReloadSession: @unchecked Sendable {
  private let count: Int
  private let toFrame: Bool
  private var store: CorpusStore?
  private var state: AppState?
  private var root = ""
  private var files: [(path: String, original: String)] = []
  private var next = 0

  init(count: Int, toFrame: Bool) {
    self.count = count
    self.toFrame = toFrame
  }

  func changeOneFile(_ benchmark: Benchmark) {
    var current = store ?? started()
    store = nil  // uniquely referenced: applying a change must not copy the store
    let file = files[next % files.count]
    let changed = (next / files.count) % 2 == 0
    next += 1
    let text =
      changed
      ? file.original
        + "\nOn 3 May, suspected JNIM militants attacked a FAMa post near Ansongo, Gao region, killing 4 soldiers.\n"
      : file.original
    FileManager.default.createFile(atPath: root + "/" + file.path, contents: Data(text.utf8))
    var dashboard = state
    state = nil
    benchmark.startMeasurement()
    let update = current.apply(changedPaths: [file.path])
    if toFrame, var shown = dashboard {
      shown.replaceData(
        shown.data.updated(to: update.corpus, loadedAt: "00:00:01"), reloadedFiles: 1, at: "00:00:01")
      blackHole(Renderer.render(shown, width: 200, height: 60))
      dashboard = shown
    }
    benchmark.stopMeasurement()
    blackHole(update)
    store = current
    state = dashboard
  }

  private func started() -> CorpusStore {
    let source = BenchmarkEnvironment.corpusDirectory(count: count)
    root = NSTemporaryDirectory() + "watchfloor-reload-\(count)-\(toFrame)-\(getpid())"
    try? FileManager.default.removeItem(atPath: root)
    do {
      try FileManager.default.copyItem(atPath: source, toPath: root)
      let store = try CorpusStore(root: root)
      let alerts = store.corpus.reports.map(\.path).filter { $0.hasPrefix("alerts/") }.prefix(8)
      files = try alerts.map { ($0, try String(contentsOfFile: root + "/" + $0, encoding: .utf8)) }
      precondition(!files.isEmpty, "no alerts loaded from \(root)")
      if toFrame {
        var shown = AppState(
          data: DashboardData(corpus: store.corpus, loadedAt: "00:00:00", assessor: RiskAssessor()))
        shown.setScreenSize(width: 200, height: 60)
        state = shown
      }
      return store
    } catch {
      fatalError("cannot set up the reload benchmark in \(root): \(error)")
    }
  }
}
