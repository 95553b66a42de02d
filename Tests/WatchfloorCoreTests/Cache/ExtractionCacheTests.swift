import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// A load through the extraction cache equals a load without it, and the cache is reused,
/// refreshed and invalidated when it should be.
@Suite struct ExtractionCacheTests {
  @Test func warmLoadEqualsColdLoadOnFixtures() throws {
    let test = try CacheTestCorpus()
    let reference = try test.cold()
    let cache = test.cache()
    let (first, firstReport) = try test.load(cache)
    #expect(sameCorpus(first, reference))
    #expect(firstReport.hits == 0)
    #expect(firstReport.misses == reference.reports.count)
    #expect(firstReport.bytesWritten > 0)
    #expect(firstReport.warning == nil)
    let (second, secondReport) = try test.load(cache)
    #expect(sameCorpus(second, reference))
    #expect(secondReport.hits == reference.reports.count)
    #expect(secondReport.misses == 0)
    #expect(secondReport.bytesWritten == 0, "an up-to-date cache is not rewritten")
  }

  /// The fixtures loaded directly (fewer than 64 files: the sequential path) and the seeds.
  @Test func warmLoadEqualsColdLoadOnTheFixturesFolderAndSeeds() throws {
    let cacheDirectory = try TemporaryDirectory(prefix: "cache-dir")
    var roots = [FixturePaths.fixtures]
    if FileManager.default.fileExists(atPath: FixturePaths.seeds) { roots.append(FixturePaths.seeds) }
    for root in roots {
      let reference = try CorpusLoader().load(root: root)
      let cache = ExtractionCache(directory: cacheDirectory.path)
      _ = try CorpusLoader(cache: cache).load(root: root)
      let warm = try CorpusLoader(cache: cache).load(root: root)
      #expect(sameCorpus(warm, reference), "\(root)")
      #expect(cache.lastReport?.hits == reference.reports.count, "\(root)")
    }
  }

  @Test func editsDeletionsRenamesAndNewFilesBetweenRuns() throws {
    let test = try CacheTestCorpus()
    let cache = test.cache()
    _ = try test.load(cache)
    var random = SplitMix64(seed: 20_261_207)
    for round in 0..<6 {
      let paths = test.texts.keys.sorted()
      for _ in 0..<4 {
        let path = paths[Int(random.next() % UInt64(paths.count))]
        guard let bytes = test.texts[path] else { continue }
        switch random.next() % 5 {
        case 0:  // an incident more
          try test.write(
            path, bytes + Array("\n\nOn 3 March, gunmen killed 4 civilians in Ansongo, Gao region.\n".utf8))
        case 1: try test.remove(path)
        case 2: try test.rename(path, to: "renamed-\(round)/" + path)
        case 3: try test.write("new-\(round)/\(random.next() % 1000)-" + path, bytes)
        default:  // same bytes, new modification time
          try test.corpus.setModified(
            path, to: Date(timeIntervalSince1970: 1_700_000_000 + Double(round) * 86_400 * 3))
        }
      }
      let reference = try test.cold()
      let (warm, report) = try test.load(cache)
      #expect(sameCorpus(warm, reference), "round \(round)")
      #expect(report.hits + report.misses == reference.reports.count)
      #expect(report.hits > 0)
      // The rewritten file holds exactly the current files: deleted and renamed ones are dropped.
      let contents = try #require(
        ExtractionCacheFile.parseForTests(test.cacheFileBytes(cache), root: test.root))
      #expect(Set(contents.entries.keys) == Set(reference.reports.map(\.path)), "round \(round)")
      let (again, againReport) = try test.load(cache)
      #expect(sameCorpus(again, reference))
      #expect(againReport.misses == 0, "round \(round)")
    }
  }

  /// A report with no date in its text is dated by its file's modification day: the same bytes
  /// with another day must not reuse the entry.
  @Test func reportDatedByFileTimeFollowsTheModificationDay() throws {
    let test = try CacheTestCorpus(copies: 1)
    let text =
      "Gunmen attacked a market\n\nOn 21 October, gunmen killed 12 civilians in Ansongo, Gao region.\n"
    try test.write("undated.txt", Array(text.utf8))
    try test.corpus.setModified("undated.txt", to: Date(timeIntervalSince1970: 1_730_000_000))
    let cache = test.cache()
    _ = try test.load(cache)
    let undated = { (corpus: Corpus) in corpus.reports.first { $0.path == "undated.txt" } }
    // Same day, another hour: still a hit and still equal.
    try test.corpus.setModified("undated.txt", to: Date(timeIntervalSince1970: 1_730_000_000 + 60))
    let (sameDay, sameDayReport) = try test.load(cache)
    #expect(sameCorpus(sameDay, try test.cold()))
    #expect(sameDayReport.misses == 0)
    // Another day: re-extracted, with the new date.
    try test.corpus.setModified("undated.txt", to: Date(timeIntervalSince1970: 1_730_000_000 + 40 * 86_400))
    let reference = try test.cold()
    let (moved, movedReport) = try test.load(cache)
    #expect(sameCorpus(moved, reference))
    #expect(movedReport.misses == 1)
    #expect(undated(moved)?.dateSource == .fileModified)
    #expect(undated(moved)?.date == undated(reference)?.date)
    #expect(undated(moved)?.incidents.first?.isDateInferred == true)
  }

  @Test func anotherExtractorIdentityReusesNothing() throws {
    let test = try CacheTestCorpus(copies: 1)
    let reference = try test.cold()
    let buildA = test.cache(identity: ExtractorIdentity(digest: ContentDigest(low: 1, high: 1)))
    _ = try test.load(buildA)
    let buildB = test.cache(identity: ExtractorIdentity(digest: ContentDigest(low: 2, high: 1)))
    let (loaded, report) = try test.load(buildB)
    #expect(sameCorpus(loaded, reference))
    #expect(report.hits == 0)
    #expect(report.warning == nil, "a cache of another build is stale, not damaged")
    #expect(report.bytesWritten > 0)
    // The parser's settings are part of the identity too.
    var loader = CorpusLoader(cache: buildB)
    loader.parser.titleLimit = 40
    let shortTitles = try loader.load(root: test.root)
    #expect(buildB.lastReport?.hits == 0)
    var plain = CorpusLoader()
    plain.parser.titleLimit = 40
    #expect(sameCorpus(shortTitles, try plain.load(root: test.root)))
  }

  @Test func theBundledIdentityCoversExecutableAndTables() throws {
    let identity = try #require(ExtractorIdentity.bundled)
    let code = try #require(ExtractorIdentity.codeDescription())
    #expect(code.contains("/proc/self/exe"))
    #expect(code.contains("libswiftCore.so") || !code.contains(".so"))
    let tables = ResourceText.digestText()
    for name in ["gazetteer.tsv", "actors.tsv", "regions.tsv", "event_cues.tsv", "fatality_cues.tsv"] {
      #expect(tables.contains(name + "\t"), "\(name)")
    }
    #expect(ExtractorIdentity(parts: [code, tables + "x"]) != ExtractorIdentity(parts: [code, tables]))
    #expect(ExtractorIdentity(parts: [code, tables]) == identity)
  }

  @Test func aCustomExtractorNeverUsesTheCache() throws {
    let test = try CacheTestCorpus(copies: 1)
    let cache = test.cache()
    _ = try CorpusLoader(extractor: IncidentExtractor(), cache: cache).load(root: test.root)
    #expect(cache.lastReport == nil)
    #expect(test.cacheFileBytes(cache) == nil)
  }

  @Test func anUnwritableCacheDirectoryOnlyMeansNoCache() throws {
    let test = try CacheTestCorpus(copies: 1)
    try test.cacheDirectory.write("file", "not a directory")
    let cache = ExtractionCache(directory: test.cacheDirectory.path + "/file/cache")
    let reference = try test.cold()
    for _ in 0..<2 {
      let (loaded, report) = try test.load(cache)
      #expect(sameCorpus(loaded, reference))
      #expect(report.unavailable != nil)
      #expect(report.hits == 0)
      #expect(report.bytesWritten == 0)
    }
  }

  @Test func twoInstancesWritingAtOnceLeaveAValidFile() throws {
    let test = try CacheTestCorpus()
    let reference = try test.cold()
    let root = test.root
    let directory = test.cacheDirectory.path
    DispatchQueue.concurrentPerform(iterations: 4) { _ in
      _ = try? CorpusLoader(cache: ExtractionCache(directory: directory)).load(root: root)
    }
    let (loaded, report) = try test.load(test.cache())
    #expect(sameCorpus(loaded, reference))
    #expect(report.hits == reference.reports.count)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter {
      $0.hasSuffix(".tmp")
    }
    #expect(leftovers.isEmpty)
  }

  /// Live reload re-extracts changed files through `loadFile` and does not write the cache.
  @Test func storeUpdatesStayEqualAndLeaveTheCacheFileAlone() throws {
    let test = try CacheTestCorpus(copies: 1)
    let cache = test.cache()
    var store = try CorpusStore(root: test.root, loader: CorpusLoader(cache: cache))
    let before = test.cacheFileBytes(cache)
    let path = test.texts.keys.sorted()[0]
    try test.write(path, test.texts[path]! + Array("\n\nOn 2 May, an IED killed 3 soldiers near Gao.\n".utf8))
    _ = store.apply(changedPaths: [path])
    #expect(sameCorpus(store.corpus, try test.cold()))
    #expect(test.cacheFileBytes(cache) == before)
  }
}

/// The cache folder holds one file per corpus root; files of roots not loaded for
/// ``ExtractionCache/unusedAfterDays`` go at the next write.
@Suite struct ExtractionCacheFolderTests {
  @Test func filesOfCorporaNoLongerLoadedAreRemoved() throws {
    let test = try CacheTestCorpus(copies: 1)
    let other = try CacheTestCorpus(copies: 1)
    let cache = test.cache()
    _ = try test.load(cache)
    _ = try CorpusLoader(cache: cache).load(root: other.root)
    let otherFile = cache.filePath(root: CorpusLoader.absolutePath(other.root))
    let old = Date(timeIntervalSinceNow: -Double(ExtractionCache.unusedAfterDays + 1) * 86_400)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: otherFile)
    // A warm load of the other corpus marks its file as used again.
    _ = try CorpusLoader(cache: cache).load(root: other.root)
    try test.write("new.txt", Array("12 March 2024\n\nGunmen killed 2 people in Gao.\n".utf8))
    _ = try test.load(cache)
    #expect(FileManager.default.fileExists(atPath: otherFile))
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: otherFile)
    try test.write("newer.txt", Array("13 March 2024\n\nGunmen killed 3 people in Gao.\n".utf8))
    _ = try test.load(cache)
    #expect(!FileManager.default.fileExists(atPath: otherFile))
    #expect(test.cacheFileBytes(cache) != nil)
  }
}
