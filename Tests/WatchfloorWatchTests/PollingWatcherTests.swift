import Clocks
import Testing
import WatchfloorTestSupport
import WatchfloorWatch

@Suite("PollingWatcher snapshots")
struct PollingWatcherTests {
  @Test func firstScanOfAnUnchangedTreeIsEmpty() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("a.txt", "a")
    let watcher = try PollingWatcher(root: directory.path, interval: .seconds(2), clock: TestClock())
    #expect(watcher.scan().isEmpty)
  }

  @Test func reportsAddedModifiedRemovedAndRenamedFiles() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("keep.txt", "keep")
    try directory.write("edit.txt", "edit")
    try directory.write("drop.txt", "drop")
    try directory.write("old-name.txt", "move")
    let watcher = try PollingWatcher(root: directory.path, interval: .seconds(2), clock: TestClock())

    try directory.write("north/new.txt", "new")
    try directory.write("edit.txt", "edited, longer")
    try directory.remove("drop.txt")
    try directory.move("old-name.txt", to: "new-name.txt")
    #expect(
      watcher.scan()
        == ChangeSet(
          paths: ["north/new.txt", "edit.txt", "drop.txt", "old-name.txt", "new-name.txt"]))
    #expect(watcher.scan().isEmpty)
  }

  @Test func sameSizeEditIsSeenThroughTheModificationTime() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("a.txt", "aaaa")
    try directory.setModified("a.txt", seconds: 1_000_000)
    let watcher = try PollingWatcher(root: directory.path, interval: .seconds(2), clock: TestClock())
    try directory.write("a.txt", "bbbb")
    #expect(watcher.scan() == ChangeSet(paths: ["a.txt"]))
  }

  @Test func scansOnlyWhenTheIntervalHasElapsed() async throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let clock = TestClock()
    let watcher = try PollingWatcher(root: directory.path, interval: .seconds(2), clock: clock)
    try directory.write("a.txt", "a")
    #expect(watcher.timeUntilNextScan() == .seconds(2))
    await clock.advance(by: .milliseconds(1999))
    #expect(watcher.scanIfDue() == nil)
    await clock.advance(by: .milliseconds(1))
    #expect(watcher.scanIfDue() == ChangeSet(paths: ["a.txt"]))
    #expect(watcher.timeUntilNextScan() == .seconds(2))
  }
}
