import Clocks
import Glibc
import Testing
import WatchfloorTestSupport
import WatchfloorWatch

@Suite("CorpusWatcher: watcher plus coalescer")
struct CorpusWatcherTests {
  @Test func pollingModeReleasesChangesAfterScanAndQuietPeriod() async throws {
    let directory = try ScratchDirectory()
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
    let directory = try ScratchDirectory()
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
