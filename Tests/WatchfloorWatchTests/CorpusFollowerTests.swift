import Clocks
import Testing
import WatchfloorCore
import WatchfloorTestSupport
import WatchfloorWatch

@Suite("CorpusFollower: watcher plus store")
struct CorpusFollowerTests {
  private let report = "12 Nov 2024 | 10:00 AM UTC\nMali: test\nEvent\nGunmen killed 3 people near Gao.\n"

  @Test func pollingFollowerUpdatesTheStoreAfterScanAndQuietPeriod() async throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("a.txt", report)
    let clock = TestClock()
    let follower = try CorpusFollower(root: directory.path, clock: clock, pollInterval: .seconds(1))
    #expect(follower.statusText == "polling every 1 s")
    #expect(follower.catchUp()?.change.isEmpty == true)
    #expect(follower.store.corpus.reports.map(\.path) == ["a.txt"])

    try directory.write("b.txt", report)
    await clock.advance(by: .seconds(1))
    #expect(follower.takeUpdate() == nil)
    await clock.advance(by: .milliseconds(200))
    let update = try #require(follower.takeUpdate())
    #expect(update.change.files.map(\.path) == ["b.txt"])
    #expect(follower.store.corpus.reports.map(\.path) == ["a.txt", "b.txt"])
  }

  @Test func catchUpFindsChangesMadeBeforeWatching() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let follower = try CorpusFollower(
      root: directory.path, clock: TestClock(), pollInterval: .seconds(1))
    try directory.write("late.txt", report)
    #expect(follower.catchUp()?.change.files.map(\.kind) == [.added])
  }

  @Test func noWatchMeansNoDescriptorAndNoDeadline() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let follower = try CorpusFollower(
      root: directory.path, clock: TestClock(), pollInterval: nil, watch: false)
    #expect(follower.statusText == "not watching")
    #expect(follower.fileDescriptor == nil)
    #expect(follower.timeout() == nil)
    #expect(follower.takeUpdate() == nil)
    try directory.write("x.txt", report)
    #expect(try follower.reloadNow().change.files.map(\.path) == ["x.txt"])
  }

  @Test func missingCorpusThrows() {
    #expect(throws: CorpusError.self) {
      try CorpusFollower(root: "/nonexistent/corpus", clock: TestClock(), pollInterval: nil)
    }
  }
}
