import Benchmark
import BenchmarkSupport
import WatchfloorCore

/// Cold load: `CorpusLoader().load(root:)` on generated corpora of 1k and 10k reports (100k with
/// `WATCHFLOOR_BENCH_100K=1`): read, parse, extract and build the model. "Cold" means a new
/// loader and no cached model; the files themselves are in the page cache after the first
/// iteration, as for the `cat`/`grep` floor in `scripts/bench/run.sh`.
///
/// Reported per load: wall clock, CPU time (CPU ÷ wall > 1 means both cores were used),
/// throughput (loads/s), peak resident memory, mallocs; plus the custom metrics `reports` and
/// `incidents` so a loader that silently skips files shows up.
let benchmarks: @Sendable () -> Void = {
  let sizes = [1_000, 10_000] + (BenchmarkEnvironment.includes100k ? [100_000] : [])
  for count in sizes {
    Benchmark(
      "ColdLoad.\(label(count))",
      configuration: .init(
        metrics: [
          .wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal,
          .custom("reports", polarity: .prefersLarger, useScalingFactor: false),
          .custom("incidents", polarity: .prefersLarger, useScalingFactor: false),
        ],
        // Loads of 10k and more take tens of seconds: no warm-up (generation or the first
        // iteration already filled the page cache) and few iterations.
        warmupIterations: count >= 10_000 ? 0 : 1,
        maxDuration: .seconds(count >= 100_000 ? 600 : 60),
        maxIterations: count >= 100_000 ? 2 : count >= 10_000 ? 3 : 10
      )
    ) { benchmark in
      let root = BenchmarkEnvironment.corpusDirectory(count: count)
      benchmark.startMeasurement()
      let corpus = try CorpusLoader().load(root: root)
      benchmark.stopMeasurement()
      benchmark.measurement(.custom("reports"), corpus.reports.count)
      benchmark.measurement(.custom("incidents"), corpus.reports.reduce(0) { $0 + $1.incidents.count })
      blackHole(corpus)
    }
  }
}

/// `1k`, `10k`, `100k`.
func label(_ count: Int) -> String { count % 1_000 == 0 ? "\(count / 1_000)k" : "\(count)" }
