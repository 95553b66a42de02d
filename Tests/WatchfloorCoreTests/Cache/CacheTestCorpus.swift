import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// A corpus folder and a cache folder for the extraction cache tests, with helpers to load the
/// corpus with and without the cache and to compare the results.
final class CacheTestCorpus {
  let corpus: TemporaryDirectory
  let cacheDirectory: TemporaryDirectory
  /// The fixture reports, by relative path, as they were copied in.
  private(set) var texts: [String: [UInt8]] = [:]

  /// The fixtures copied `copies` times into `copy-N/` folders (4 copies: 76 files, enough for
  /// the loader's parallel path).
  init(copies: Int = 4) throws {
    corpus = try TemporaryDirectory(prefix: "cache-corpus")
    cacheDirectory = try TemporaryDirectory(prefix: "cache-dir")
    let fixtures = FixturePaths.fixtures
    let enumerator = FileManager.default.enumerator(atPath: fixtures)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".txt") || path.hasSuffix(".md") { paths.append(path) }
    }
    for copy in 0..<copies {
      for path in paths.sorted() {
        let bytes = Array(FileManager.default.contents(atPath: fixtures + "/" + path) ?? Data())
        let target = "copy-\(copy)/" + path
        try corpus.write(target, bytes: bytes)
        texts[target] = bytes
      }
    }
  }

  var root: String { corpus.path }

  /// A cache in the test's cache folder.
  func cache(identity: ExtractorIdentity? = nil) -> ExtractionCache {
    ExtractionCache(directory: cacheDirectory.path, identity: identity)
  }

  /// A load without any cache: the reference.
  func cold() throws -> Corpus { try CorpusLoader().load(root: root) }

  /// A load through `cache`, with its report.
  func load(_ cache: ExtractionCache) throws -> (Corpus, ExtractionCacheReport) {
    let corpus = try CorpusLoader(cache: cache).load(root: root)
    return (corpus, try #require(cache.lastReport))
  }

  /// The bytes of the cache file of this corpus (nil when there is none).
  func cacheFileBytes(_ cache: ExtractionCache) -> [UInt8]? {
    FileManager.default.contents(atPath: cache.filePath(root: CorpusLoader.absolutePath(root))).map(
      Array.init)
  }

  func writeCacheFile(_ cache: ExtractionCache, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: cache.filePath(root: CorpusLoader.absolutePath(root))))
  }

  func write(_ path: String, _ bytes: [UInt8]) throws {
    try corpus.write(path, bytes: bytes)
    texts[path] = bytes
  }

  func remove(_ path: String) throws {
    try FileManager.default.removeItem(atPath: root + "/" + path)
    texts[path] = nil
  }

  func rename(_ path: String, to newPath: String) throws {
    try FileManager.default.createDirectory(
      at: corpus.url(newPath).deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: root + "/" + path, toPath: root + "/" + newPath)
    texts[newPath] = texts.removeValue(forKey: path)
  }
}

/// Reports, skipped files and root equal (the cache must not change a single field or the order).
func sameCorpus(_ a: Corpus, _ b: Corpus) -> Bool {
  a.root == b.root && a.reports == b.reports && a.skipped == b.skipped
    && a.reports.map(\.incidents).elementsEqual(b.reports.map(\.incidents))
}
