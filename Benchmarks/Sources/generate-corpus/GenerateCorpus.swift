import CorpusGenerator
import Foundation

/// `generate-corpus --count N --seed S --out DIR [--repo PATH]`
///
/// Writes N synthetic reports under DIR. The same count and seed give the same bytes.
@main
struct GenerateCorpus {
  static let usage = """
    usage: generate-corpus --count N [--seed S] (--out DIR | --cache BASE) [--repo PATH]
      --count N     number of reports to write
      --seed S      seed of the generator (default 1)
      --out DIR     folder to write into (created; existing files of the same names are replaced)
      --cache BASE  reuse or create BASE/seedS-nN-vV (the benchmarks' cache) and print its path
                    as the last line of output
      --repo PATH   Watchfloor checkout whose gazetteer names the places (default: this checkout)
    """

  static func main() {
    var count: Int?
    var seed: UInt64 = 1
    var out: String?
    var cache: String?
    var repo = PlaceCatalog.defaultRepositoryRoot
    var arguments = CommandLine.arguments.dropFirst()
    while let flag = arguments.popFirst() {
      let value = arguments.popFirst()
      switch (flag, value) {
      case ("--count", let v?): count = Int(v)
      case ("--seed", let v?): seed = UInt64(v) ?? seed
      case ("--out", let v?): out = v
      case ("--cache", let v?): cache = v
      case ("--repo", let v?): repo = v
      default: fail("unexpected argument \(flag)")
      }
    }
    guard let count, count >= 0, (out == nil) != (cache == nil) else {
      fail("--count and one of --out or --cache are required")
    }
    let places = PlaceCatalog.load(repositoryRoot: repo)
    do {
      if let out {
        let summary = try CorpusGenerator(seed: seed, places: places).write(count: count, to: out)
        print("generate-corpus: \(summary)")
        print("generate-corpus: \(places.places.count) places from \(places.origin)")
      } else if let cache {
        let result = try CorpusCache(base: cache, places: places).corpus(count: count, seed: seed)
        if let summary = result.generated {
          print("generate-corpus: \(summary)")
          print("generate-corpus: \(places.places.count) places from \(places.origin)")
        } else {
          print("generate-corpus: cached")
        }
        print(result.directory)
      }
    } catch {
      fail(error.description)
    }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("generate-corpus: \(message)\n\(usage)\n".utf8))
    exit(2)
  }
}
