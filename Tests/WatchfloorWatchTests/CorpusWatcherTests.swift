import Clocks
import Glibc
import Testing
import WatchfloorTestSupport

@testable import WatchfloorWatch

@Suite("CorpusWatcher: watcher plus coalescer")
struct CorpusWatcherTests {
  @Test func pollingModeReleasesChangesAfterScanAndQuietPeriod() async throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let clock = TestClock()
    let watcher = try CorpusWatcher(root: directory.path, clock: clock, pollInterval: .seconds(3))
    #expect(watcher.mode == .polling(interval: .seconds(3), reason: nil))
    #expect(watcher.fileDescriptor == nil)
    #expect(watcher.timeout() == .seconds(3))

    try directory.write("a.txt", "a")
    await clock.advance(by: .seconds(3))
    #expect(watcher.takeDueChanges() == nil)  // scanned; now waiting for the quiet period
    #expect(watcher.timeout() == .milliseconds(200))
    await clock.advance(by: .milliseconds(200))
    #expect(watcher.takeDueChanges() == ChangeSet(paths: ["a.txt"]))
  }

  @Test func inotifyModeCoalescesABurstIntoOneBatch() async throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let clock = TestClock()
    let watcher = try CorpusWatcher(root: directory.path, clock: clock)
    #expect(watcher.mode == .inotify)
    let descriptor = try #require(watcher.fileDescriptor)
    #expect(watcher.timeout() == nil)

    for index in 0..<50 { try directory.write("burst/\(index).txt", "report \(index)") }
    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    #expect(poll(&ready, 1, 2000) == 1)
    watcher.handleReadable()
    #expect(watcher.takeDueChanges() == nil)
    await clock.advance(by: .milliseconds(200))
    let batch = try #require(watcher.takeDueChanges())
    #expect(batch.subtrees.contains("burst"))
    #expect(watcher.takeDueChanges() == nil)
  }
}

@Suite("WatchMode status text")
struct WatchModeTests {
  @Test func describesEachMode() {
    #expect(WatchMode.inotify.description == "watching (inotify)")
    #expect(WatchMode.polling(interval: .seconds(2), reason: nil).description == "polling every 2 s")
    #expect(
      WatchMode.polling(interval: .milliseconds(500), reason: "inotify watch limit reached at /c")
        .description == "polling every 500 ms (inotify watch limit reached at /c)")
  }
}

@Suite("CorpusWatcher falls back to polling at the watch limit")
struct CorpusWatcherFallbackTests {
  private func watcher(_ root: String, clock: TestClock<Duration>, limit: Int) throws
    -> CorpusWatcher<TestClock<Duration>>
  {
    try CorpusWatcher(
      root: root, clock: clock, pollInterval: nil, fallbackInterval: .seconds(2),
      quietPeriod: .milliseconds(200), maximumDelay: .seconds(1), simulatedWatchLimit: limit)
  }

  @Test func limitReachedAtStartMeansPolling() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.makeDirectory("a")
    try directory.makeDirectory("b")
    let corpusWatcher = try watcher(directory.path, clock: TestClock(), limit: 2)
    #expect(corpusWatcher.fileDescriptor == nil)
    #expect(
      corpusWatcher.mode
        == .polling(
          interval: .seconds(2),
          reason: "inotify watch limit reached at \(directory.path)/b")
        || corpusWatcher.mode
          == .polling(
            interval: .seconds(2),
            reason: "inotify watch limit reached at \(directory.path)/a")
    )
  }

  @Test func limitReachedLaterSwitchesToPollingAndRescans() async throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let clock = TestClock()
    let corpusWatcher = try watcher(directory.path, clock: clock, limit: 2)
    #expect(corpusWatcher.mode == .inotify)
    let descriptor = try #require(corpusWatcher.fileDescriptor)

    try directory.write("one/a.txt", "a")
    try directory.write("two/b.txt", "b")
    // The kernel may hand over the two directories' events in more than one read: keep
    // reading (bounded: 2 s) until the watcher has seen the second directory.
    let deadline = ContinuousClock.now.advanced(by: .seconds(2))
    while corpusWatcher.mode == .inotify, ContinuousClock.now < deadline {
      var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      if poll(&ready, 1, 100) == 1 { corpusWatcher.handleReadable() }
    }
    guard case .polling(let interval, let reason?) = corpusWatcher.mode else {
      Issue.record("expected polling, got \(corpusWatcher.mode)")
      return
    }
    #expect(interval == .seconds(2))
    #expect(reason.hasPrefix("inotify watch limit reached"))
    #expect(corpusWatcher.fileDescriptor == nil)
    await clock.advance(by: .milliseconds(200))
    #expect(corpusWatcher.takeDueChanges()?.needsRescan == true)
  }
}
