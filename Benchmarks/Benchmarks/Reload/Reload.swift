import Benchmark
import BenchmarkSupport
import Foundation
import WatchfloorCore

/// Single-file change to new snapshot: with a 10k-report corpus loaded in a `CorpusStore`
/// (100k with `WATCHFLOOR_BENCH_100K=1`), rewrite one report (adding or removing an incident
/// sentence, outside the measurement) and time `CorpusStore.apply(changedPaths:)`, which
/// re-reads that file and produces the new corpus snapshot. p50/p99 are wall-clock percentiles.
let benchmarks: @Sendable () -> Void = {
  let sizes = [10_000] + (BenchmarkEnvironment.includes100k ? [100_000] : [])
  for count in sizes {
    let session = ReloadSession(count: count)
    Benchmark(
      "Reload.singleFile.\(count / 1_000)k",
      configuration: .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 3,
        maxDuration: .seconds(20),
        maxIterations: 500
      )
    ) { benchmark in
      session.changeOneFile(benchmark)
    }
  }
}

/// A private copy of a generated corpus, loaded once into a store that persists across
/// iterations; each iteration toggles one of a few reports between two versions.
final class ReloadSession: @unchecked Sendable {
  private let count: Int
  private var store: CorpusStore?
  private var root = ""
  private var files: [(path: String, original: String)] = []
  private var next = 0

  init(count: Int) { self.count = count }

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
    benchmark.startMeasurement()
    let update = current.apply(changedPaths: [file.path])
    benchmark.stopMeasurement()
    blackHole(update)
    store = current
  }

  private func started() -> CorpusStore {
    let source = BenchmarkEnvironment.corpusDirectory(count: count)
    root = NSTemporaryDirectory() + "watchfloor-reload-\(count)-\(getpid())"
    try? FileManager.default.removeItem(atPath: root)
    do {
      try FileManager.default.copyItem(atPath: source, toPath: root)
      let store = try CorpusStore(root: root)
      let alerts = store.corpus.reports.map(\.path).filter { $0.hasPrefix("alerts/") }.prefix(8)
      files = try alerts.map { ($0, try String(contentsOfFile: root + "/" + $0, encoding: .utf8)) }
      precondition(!files.isEmpty, "no alerts loaded from \(root)")
      return store
    } catch {
      fatalError("cannot set up the reload benchmark in \(root): \(error)")
    }
  }
}
