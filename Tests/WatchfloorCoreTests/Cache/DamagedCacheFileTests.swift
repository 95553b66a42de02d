import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// A missing, truncated, corrupt or hostile cache file is ignored: the load equals a load
/// without the cache, never crashes, and says so where the damage can be told from staleness.
@Suite struct DamagedCacheFileTests {
  /// Random damage (byte flips, truncation, insertions, repeats, garbage) from the same
  /// mutator as the report property tests: nothing of the damaged file is reused.
  @Test(arguments: 0..<8)
  func randomlyDamagedFilesAreIgnored(batch: Int) throws {
    let test = try CacheTestCorpus(copies: 1)
    let reference = try test.cold()
    let cache = test.cache()
    _ = try test.load(cache)
    let original = try #require(test.cacheFileBytes(cache))
    for seed in UInt64(batch * 25)..<UInt64(batch * 25 + 25) {
      var mutator = HostileMutator(seed: seed)
      let damaged = mutator.mutate(original)
      try test.writeCacheFile(cache, damaged)
      let (loaded, report) = try test.load(cache)
      #expect(sameCorpus(loaded, reference), "seed \(seed)")
      if damaged != original {
        #expect(report.hits == 0, "seed \(seed)")
        #expect(report.bytesWritten > 0, "seed \(seed): the damaged file is replaced")
      }
    }
  }

  @Test func everyTruncationIsIgnoredWithAWarning() throws {
    let test = try CacheTestCorpus(copies: 1)
    let reference = try test.cold()
    let cache = test.cache()
    _ = try test.load(cache)
    let original = try #require(test.cacheFileBytes(cache))
    let step = max(1, original.count / 60)
    for length in stride(from: 0, to: original.count, by: step) {
      try test.writeCacheFile(cache, Array(original.prefix(length)))
      let (loaded, report) = try test.load(cache)
      #expect(sameCorpus(loaded, reference), "length \(length)")
      #expect(report.hits == 0)
      #expect(report.warning != nil, "length \(length)")
    }
  }

  @Test func garbageAndForeignFilesAreIgnored() throws {
    let test = try CacheTestCorpus(copies: 1)
    let reference = try test.cold()
    let cache = test.cache()
    var random = SplitMix64(seed: 99)
    let garbage: [[UInt8]] = [
      [], Array("WFXCACHE".utf8), Array(repeating: 0, count: 4096),
      (0..<10_000).map { _ in UInt8(truncatingIfNeeded: random.next()) },
      Array("WFXCACHE".utf8) + (0..<500).map { _ in UInt8(truncatingIfNeeded: random.next()) },
    ]
    for (index, bytes) in garbage.enumerated() {
      try test.writeCacheFile(cache, bytes)
      let (loaded, report) = try test.load(cache)
      #expect(sameCorpus(loaded, reference), "garbage \(index)")
      #expect(report.hits == 0)
      // After the magic, random bytes read as another format version: stale, not damaged.
      if index < 4 { #expect(report.warning != nil, "garbage \(index)") }
    }
    // A directory where the file should be: ignored, and no cache is written.
    try FileManager.default.removeItem(atPath: cache.filePath(root: CorpusLoader.absolutePath(test.root)))
    try FileManager.default.createDirectory(
      atPath: cache.filePath(root: CorpusLoader.absolutePath(test.root)), withIntermediateDirectories: true)
    let (loaded, report) = try test.load(cache)
    #expect(sameCorpus(loaded, reference))
    #expect(report.warning != nil)
    #expect(report.unavailable != nil)
  }

  /// A file with a valid checksum whose records are random bytes (a buggy writer): every
  /// record is rejected by its own checks (counts, ranges, enumerations, UTF-8, the body's
  /// length) and the report extracted again. (A record changed by someone who then recomputes
  /// the checksum can say anything that is well-formed: no check can tell it from a real one,
  /// just as none can tell an edited report; it is still read without a crash, as below.)
  @Test func recordsOfRandomBytesUnderAValidChecksumAreRejected() throws {
    let test = try CacheTestCorpus(copies: 1)
    let reference = try test.cold()
    let cache = test.cache()
    _ = try test.load(cache)
    let contents = try #require(
      ExtractionCacheFile.parseForTests(test.cacheFileBytes(cache), root: test.root))
    let identity = try #require(ExtractorIdentity.current(parser: ReportParser()))
    var random = SplitMix64(seed: 5)
    for trial in 0..<20 {
      let entries = contents.entries.sorted { $0.key < $1.key }.map { path, entry in
        var record = Array(contents.bytes[entry.record])
        if trial % 2 == 0, !record.isEmpty {
          record[Int(random.next() % UInt64(record.count))] ^= UInt8(1 + random.next() % 255)
        } else {
          record = (0..<Int(random.next() % 300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        }
        return ExtractionCacheFile.NewEntry(
          path: path, digest: entry.digest, modifiedDay: entry.modifiedDay, record: record)
      }
      let bytes = ExtractionCacheFile.encode(
        root: CorpusLoader.absolutePath(test.root), identity: identity, key: contents.key, entries: entries)
      try test.writeCacheFile(cache, bytes)
      let (loaded, report) = try test.load(cache)
      #expect(loaded.reports.map(\.path) == reference.reports.map(\.path), "trial \(trial)")
      if trial % 2 == 1 {
        #expect(sameCorpus(loaded, reference), "trial \(trial)")
        #expect(report.hits == 0, "trial \(trial)")
        #expect(report.warning != nil, "trial \(trial)")
        // The damaged entries were replaced by freshly extracted ones.
        let (again, againReport) = try test.load(cache)
        #expect(sameCorpus(again, reference))
        #expect(againReport.hits == reference.reports.count, "trial \(trial)")
      }
    }
  }

  /// A cache file written for one corpus root is not used for another (the names differ, but a
  /// copied file must not be trusted either).
  @Test func aFileOfAnotherRootIsIgnored() throws {
    let test = try CacheTestCorpus(copies: 1)
    let other = try CacheTestCorpus(copies: 1)
    let cache = test.cache()
    _ = try test.load(cache)
    let bytes = try #require(test.cacheFileBytes(cache))
    let otherCache = other.cache()
    try other.writeCacheFile(otherCache, bytes)
    let (loaded, report) = try other.load(otherCache)
    #expect(sameCorpus(loaded, try other.cold()))
    #expect(report.hits == 0)
    #expect(report.warning != nil)
  }
}
