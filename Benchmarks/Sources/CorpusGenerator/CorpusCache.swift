internal import Foundation

/// Generated corpora kept between runs, one folder per (seed, count, generator version), so
/// the benchmarks and `scripts/bench/run.sh` generate each corpus once.
///
/// A corpus is complete when its stamp file (next to the folder, not inside it, so the
/// corpus holds only reports) exists.
public struct CorpusCache: Sendable {
  /// Bumped whenever the generator's output changes, so stale corpora are not reused.
  public static let generatorVersion = 2

  /// `$WATCHFLOOR_BENCH_CORPORA`, or `/tmp/watchfloor-bench`.
  public static var defaultBase: String {
    ProcessInfo.processInfo.environment["WATCHFLOOR_BENCH_CORPORA"] ?? "/tmp/watchfloor-bench"
  }

  public let base: String
  public let places: PlaceCatalog

  public init(base: String = CorpusCache.defaultBase, places: PlaceCatalog) {
    self.base = base
    self.places = places
  }

  /// The folder of the corpus with this count and seed (and this generator and place list).
  public func directory(count: Int, seed: UInt64) -> String {
    "\(base)/seed\(seed)-n\(count)-v\(Self.generatorVersion)-p\(places.fingerprint)"
  }

  /// The folder of the corpus, generating it first if it is missing or incomplete.
  /// - Returns: the folder, and the generation summary when it had to be generated.
  public func corpus(
    count: Int, seed: UInt64
  ) throws(GenerationError) -> (directory: String, generated: GenerationSummary?) {
    let directory = directory(count: count, seed: seed)
    let stamp = directory + ".complete"
    if FileManager.default.fileExists(atPath: stamp) { return (directory, nil) }
    try? FileManager.default.removeItem(atPath: directory)
    let summary = try CorpusGenerator(seed: seed, places: places).write(count: count, to: directory)
    guard FileManager.default.createFile(atPath: stamp, contents: Data(summary.description.utf8))
    else { throw GenerationError(description: "cannot write \(stamp)") }
    return (directory, summary)
  }
}
