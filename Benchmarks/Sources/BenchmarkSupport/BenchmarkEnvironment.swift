public import CorpusGenerator
internal import Foundation

/// Settings the benchmarks read from the environment, and the shared corpus cache.
public enum BenchmarkEnvironment {
  /// The seed of every generated corpus (`WATCHFLOOR_BENCH_SEED`, default 1).
  public static var seed: UInt64 {
    ProcessInfo.processInfo.environment["WATCHFLOOR_BENCH_SEED"].flatMap(UInt64.init) ?? 1
  }

  /// Whether the long 100k-report benchmarks run (`WATCHFLOOR_BENCH_100K=1`).
  public static var includes100k: Bool {
    ProcessInfo.processInfo.environment["WATCHFLOOR_BENCH_100K"] == "1"
  }

  /// The repository's places (gazetteer, or the fallback list).
  public static let places = PlaceCatalog.load(repositoryRoot: PlaceCatalog.defaultRepositoryRoot)

  /// The folder of a generated corpus of `count` reports, generating it on first use.
  public static func corpusDirectory(count: Int) -> String {
    do {
      let result = try CorpusCache(places: places).corpus(count: count, seed: seed)
      if let summary = result.generated {
        FileHandle.standardError.write(Data("generated \(result.directory): \(summary)\n".utf8))
      }
      return result.directory
    } catch {
      fatalError("cannot generate the \(count)-report corpus: \(error)")
    }
  }
}
