import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The cold load's progress callback (used by the dashboard's loading screen).
@Suite struct CorpusLoadProgressTests {
  final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [CorpusLoadProgress] = []
    func record(_ progress: CorpusLoadProgress) { lock.withLock { calls.append(progress) } }
    var all: [CorpusLoadProgress] { lock.withLock { calls } }
  }

  func corpus(files: Int) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory(prefix: "progress")
    for index in 0..<files {
      try directory.write("r\(index).txt", "12 May 2024\nGunmen attacked a market near Gao on May 11.\n")
    }
    try directory.write(".hidden.txt", "ignored")
    return directory
  }

  @Test(arguments: [(100, 8), (10, 1)])
  func reportsFromZeroToEveryListedFile(files: Int, concurrency: Int) throws {
    let directory = try corpus(files: files)
    let recorder = Recorder()
    var loader = CorpusLoader()
    loader.maxConcurrency = concurrency
    let (corpus, _) = try loader.loadWithFingerprints(root: directory.path, progress: recorder.record)
    let calls = recorder.all
    #expect(calls.first == CorpusLoadProgress(filesLoaded: 0, filesTotal: files))
    #expect(calls.last == CorpusLoadProgress(filesLoaded: files, filesTotal: files))
    #expect(calls.allSatisfy { $0.filesTotal == files && $0.filesLoaded <= files })
    #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.filesLoaded <= $1.filesLoaded })
    #expect(corpus.reports.count == files)
  }

  @Test func theStoreLoadsTheSameWithAndWithoutProgress() throws {
    let directory = try corpus(files: 70)
    let recorder = Recorder()
    let plain = try CorpusStore(root: directory.path)
    let reported = try CorpusStore(root: directory.path, progress: recorder.record)
    #expect(plain.corpus.reports == reported.corpus.reports)
    #expect(plain.corpus.skipped == reported.corpus.skipped)
    #expect(recorder.all.last?.filesLoaded == 70)
  }
}
