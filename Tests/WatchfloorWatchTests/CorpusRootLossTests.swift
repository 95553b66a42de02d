import Clocks
import Glibc
import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorWatch

/// Hands the watcher every pending inotify event until it notices the root is gone (bounded:
/// at most 20 waits of 100 ms).
private func drainUntilRootLost(_ watcher: CorpusWatcher<TestClock<Duration>>) {
  for _ in 0..<20 {
    guard watcher.rootProblem == nil, let descriptor = watcher.fileDescriptor else { return }
    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    if poll(&ready, 1, 100) > 0 { watcher.handleReadable() }
  }
}

/// Waits (at most 2 s) for the watcher's descriptor to become readable, then reads it.
private func handleNextEvents(_ watcher: CorpusWatcher<TestClock<Duration>>) throws {
  let descriptor = try #require(watcher.fileDescriptor)
  var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
  #expect(poll(&ready, 1, 2000) == 1)
  watcher.handleReadable()
}

/// Same reports (with their incidents) and same skipped files.
private func same(_ a: Corpus, _ b: Corpus) -> Bool {
  a.root == b.root && a.reports == b.reports && a.skipped == b.skipped
}

@Suite("CorpusWatcher when the corpus folder itself goes away")
struct CorpusRootLossTests {
  @Test func deletedFolderIsReportedThenRescannedWhenRecreated() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/a.txt", "a")
    try outer.write("corpus/deep/b.txt", "b")
    let clock = TestClock()
    let watcher = try CorpusWatcher(root: outer.absolute("corpus"), clock: clock)
    #expect(watcher.mode == .inotify)

    try outer.remove("corpus")
    drainUntilRootLost(watcher)
    #expect(watcher.rootProblem == "not found")
    #expect(watcher.fileDescriptor == nil)
    // The deletions seen on the way out are dropped: unreachable, not deleted.
    #expect(watcher.takeDueChanges() == nil)
    #expect(watcher.timeout() == .seconds(1))  // a check per second, not a busy loop
    await clock.advance(by: .seconds(1))
    #expect(watcher.takeDueChanges() == nil)
    #expect(watcher.rootProblem == "not found")

    try outer.write("corpus/c.txt", "c")
    #expect(watcher.takeDueChanges() == nil)  // the next check is not due yet
    await clock.advance(by: .seconds(1))
    #expect(watcher.takeDueChanges() == .rescan)
    #expect(watcher.rootProblem == nil)
    #expect(watcher.mode == .inotify)
    #expect(watcher.timeout() == nil)

    // The new folder is watched.
    try outer.write("corpus/d.txt", "d")
    try handleNextEvents(watcher)
    await clock.advance(by: .milliseconds(200))
    #expect(watcher.takeDueChanges() == ChangeSet(paths: ["d.txt"]))
  }

  @Test func folderMovedAwayAndBackIsRescanned() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/a.txt", "a")
    let clock = TestClock()
    let watcher = try CorpusWatcher(root: outer.absolute("corpus"), clock: clock)

    try outer.move("corpus", to: "elsewhere")
    drainUntilRootLost(watcher)
    #expect(watcher.rootProblem == "not found")
    #expect(watcher.takeDueChanges() == nil)

    try outer.move("elsewhere", to: "corpus")
    await clock.advance(by: .seconds(1))
    #expect(watcher.takeDueChanges() == .rescan)
    #expect(watcher.rootProblem == nil)
    try outer.write("corpus/b.txt", "b")
    try handleNextEvents(watcher)
    await clock.advance(by: .milliseconds(200))
    #expect(watcher.takeDueChanges() == ChangeSet(paths: ["b.txt"]))
  }

  @Test func folderReplacedAtOnceIsRescannedWithoutWaiting() throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/a.txt", "a")
    try outer.write("staging/b.txt", "b")
    let watcher = try CorpusWatcher(root: outer.absolute("corpus"), clock: TestClock())

    try outer.remove("corpus")
    try outer.move("staging", to: "corpus")
    drainUntilRootLost(watcher)
    // Checked at once: the folder is there, so no missing state is left behind.
    #expect(watcher.takeDueChanges() == .rescan)
    #expect(watcher.rootProblem == nil)
    #expect(watcher.fileDescriptor != nil)
  }

  @Test func batchPendingWhenTheFolderVanishesIsDropped() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/a.txt", "a")
    let clock = TestClock()
    let watcher = try CorpusWatcher(root: outer.absolute("corpus"), clock: clock)
    try outer.write("corpus/a.txt", "edited")
    try handleNextEvents(watcher)
    try outer.move("corpus", to: "elsewhere")  // before the batch is due; event not read yet
    await clock.advance(by: .milliseconds(200))
    #expect(watcher.takeDueChanges() == nil)
    #expect(watcher.rootProblem == "not found")
  }

  @Test func pollingKeepsItsSnapshotWhileTheFolderIsMissing() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/a.txt", "a")
    let clock = TestClock()
    let watcher = try CorpusWatcher(
      root: outer.absolute("corpus"), clock: clock, pollInterval: .seconds(2))

    try outer.move("corpus", to: "elsewhere")
    await clock.advance(by: .seconds(2))
    #expect(watcher.takeDueChanges() == nil)
    #expect(watcher.rootProblem == "not found")
    #expect(watcher.timeout() == .seconds(1))

    try outer.move("elsewhere", to: "corpus")
    await clock.advance(by: .seconds(1))
    #expect(watcher.takeDueChanges() == .rescan)
    #expect(watcher.rootProblem == nil)
    #expect(watcher.mode == .polling(interval: .seconds(2), reason: nil))
    #expect(watcher.timeout() == .seconds(2))
  }
}

@Suite("PollingWatcher with a vanished root")
struct PollingWatcherRootTests {
  @Test func vanishedRootReportsNothingAndKeepsTheSnapshot() throws {
    let outer = try TemporaryDirectory(prefix: "watch")
    try outer.write("corpus/a.txt", "a")
    try outer.write("corpus/b/c.txt", "c")
    let watcher = try PollingWatcher(
      root: outer.absolute("corpus"), interval: .seconds(2), clock: TestClock())
    try outer.move("corpus", to: "away")
    #expect(watcher.scan() == ChangeSet())
    #expect(watcher.rootProblem?.contains("No such file or directory") == true)
    try outer.move("away", to: "corpus")
    try outer.write("corpus/new.txt", "n")
    #expect(watcher.scan() == ChangeSet(paths: ["new.txt"]))
    #expect(watcher.rootProblem == nil)
  }
}

@Suite("CorpusFollower keeps the last good data while the folder is missing")
struct CorpusFollowerRootLossTests {
  private func report(_ place: String, deaths: Int) -> String {
    "12 Nov 2024 | 10:00 AM UTC\nMali: test\nEvent\nGunmen killed \(deaths) people near \(place).\n"
  }

  private func follower(_ root: String, clock: TestClock<Duration>, poll: Duration? = nil) throws
    -> CorpusFollower<TestClock<Duration>>
  {
    let follower = try CorpusFollower(root: root, clock: clock, pollInterval: poll)
    _ = follower.catchUp()
    return follower
  }

  /// Lets the follower read events until it reports the folder missing (bounded).
  private func waitForMissing(_ follower: CorpusFollower<TestClock<Duration>>) {
    for _ in 0..<20 where follower.rootProblem == nil {
      guard let descriptor = follower.fileDescriptor else { break }
      var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      if poll(&ready, 1, 100) > 0 { follower.handleReadable() }
      _ = follower.takeUpdate()
    }
  }

  @Test func removedThenRecreatedFolderKeepsDataThenEqualsAColdLoad() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/gao.txt", report("Gao", deaths: 3))
    try outer.write("corpus/north/kidal.txt", report("Kidal", deaths: 2))
    let root = outer.absolute("corpus")
    let clock = TestClock()
    let follower = try follower(root, clock: clock)
    let before = follower.store.corpus
    #expect(before.incidents.count == 2)

    try outer.remove("corpus")
    waitForMissing(follower)
    #expect(follower.rootProblem == "not found")
    await clock.advance(by: .seconds(3))
    #expect(follower.takeUpdate() == nil)
    #expect(same(follower.store.corpus, before))  // nothing dropped

    try outer.write("corpus/gao.txt", report("Gao", deaths: 3))
    try outer.write("corpus/mopti.txt", report("Mopti", deaths: 5))
    await clock.advance(by: .seconds(1))
    let update = try #require(follower.takeUpdate())
    #expect(follower.rootProblem == nil)
    #expect(update.change.files.map(\.path) == ["mopti.txt", "north/kidal.txt"])
    #expect(same(follower.store.corpus, try CorpusLoader().load(root: root)))
  }

  /// Reads events until `follower` has applied the next batch (bounded: 2 s).
  private func applyNextBatch(
    _ follower: CorpusFollower<TestClock<Duration>>, clock: TestClock<Duration>
  ) async throws -> CorpusUpdate? {
    let descriptor = try #require(follower.fileDescriptor)
    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    #expect(poll(&ready, 1, 2000) == 1)
    follower.handleReadable()
    await clock.advance(by: .milliseconds(200))
    return follower.takeUpdate()
  }

  @Test func removalsJustBeforeTheFolderVanishesAreUndone() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/gao.txt", report("Gao", deaths: 3))
    try outer.write("corpus/kidal.txt", report("Kidal", deaths: 2))
    try outer.write("corpus/mopti.txt", report("Mopti", deaths: 5))
    let clock = TestClock()
    let follower = try follower(outer.absolute("corpus"), clock: clock)
    let before = follower.store.corpus

    // A slow `rm -rf`: one file goes (and is applied) before the folder itself.
    try outer.remove("corpus/kidal.txt")
    let removal = try await applyNextBatch(follower, clock: clock)
    #expect(removal?.change.files.map(\.kind) == [.removed])
    #expect(follower.store.corpus.reports.count == 2)
    await clock.advance(by: .seconds(1))
    try outer.remove("corpus")
    var rollback: CorpusUpdate?
    for _ in 0..<20 where follower.rootProblem == nil {
      guard let descriptor = follower.fileDescriptor else { break }
      var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      if poll(&ready, 1, 100) > 0 { follower.handleReadable() }
      rollback = follower.takeUpdate() ?? rollback
    }
    #expect(follower.rootProblem == "not found")
    let restored = try #require(rollback)
    #expect(restored.corpusChanged)
    #expect(restored.change.files.map(\.path) == ["kidal.txt"])
    #expect(restored.change.files.map(\.kind) == [.added])
    #expect(same(follower.store.corpus, before))
  }

  @Test func removalsLongBeforeTheFolderVanishesStay() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/gao.txt", report("Gao", deaths: 3))
    try outer.write("corpus/kidal.txt", report("Kidal", deaths: 2))
    let clock = TestClock()
    let follower = try follower(outer.absolute("corpus"), clock: clock)
    try outer.remove("corpus/kidal.txt")
    _ = try await applyNextBatch(follower, clock: clock)
    let afterRemoval = follower.store.corpus
    await clock.advance(by: follower.rollbackWindow + .seconds(1))
    try outer.remove("corpus")
    waitForMissing(follower)
    #expect(follower.rootProblem == "not found")
    #expect(same(follower.store.corpus, afterRemoval))
  }

  @Test func folderMovedAwayAndBackChangesNothing() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/gao.txt", report("Gao", deaths: 3))
    let clock = TestClock()
    let follower = try follower(outer.absolute("corpus"), clock: clock)
    let before = follower.store.corpus

    try outer.move("corpus", to: "away")
    waitForMissing(follower)
    #expect(follower.rootProblem == "not found")
    try outer.move("away", to: "corpus")
    await clock.advance(by: .seconds(1))
    let update = try #require(follower.takeUpdate())
    #expect(!update.corpusChanged)
    #expect(follower.rootProblem == nil)
    #expect(same(follower.store.corpus, before))
  }

  @Test func pollingFollowerKeepsDataWhileTheFolderIsMissing() async throws {
    let outer = try TemporaryDirectory(prefix: "rootloss")
    try outer.write("corpus/gao.txt", report("Gao", deaths: 3))
    let clock = TestClock()
    let follower = try follower(outer.absolute("corpus"), clock: clock, poll: .seconds(1))
    let before = follower.store.corpus

    try outer.move("corpus", to: "away")
    await clock.advance(by: .seconds(1))
    #expect(follower.takeUpdate() == nil)
    await clock.advance(by: .seconds(1))
    #expect(follower.takeUpdate() == nil)
    #expect(follower.rootProblem == "not found")
    #expect(same(follower.store.corpus, before))

    try outer.move("away", to: "corpus")
    await clock.advance(by: .seconds(1))
    #expect(follower.takeUpdate()?.corpusChanged == false)
    #expect(follower.rootProblem == nil)
  }
}

/// True when this process may mount a tmpfs (root in a container that allows it).
private let canMountTmpfs: Bool = {
  guard geteuid() == 0 else { return false }
  guard let directory = try? TemporaryDirectory(prefix: "mountcheck") else { return false }
  guard mount("none", directory.path, "tmpfs", 0, nil) == 0 else { return false }
  umount2(directory.path, Int32(MNT_DETACH))
  return true
}()

@Suite(
  "CorpusFollower when the corpus file system is unmounted",
  .enabled(if: canMountTmpfs, "needs permission to mount a tmpfs (root)"))
struct CorpusRootUnmountTests {
  private let report = "12 Nov 2024 | 10:00 AM UTC\nMali: test\nEvent\nGunmen killed 3 people near Gao.\n"

  @Test func unmountedFolderKeepsTheDataUntilAFileSystemIsMountedAgain() async throws {
    let outer = try TemporaryDirectory(prefix: "unmount")
    try outer.makeDirectory("corpus")
    let root = outer.absolute("corpus")
    #expect(mount("none", root, "tmpfs", 0, nil) == 0)
    defer { umount2(root, Int32(MNT_DETACH)) }
    try outer.write("corpus/gao.txt", report)
    try outer.write("corpus/deep/menaka.txt", report.replacingOccurrences(of: "Gao", with: "Ménaka"))
    let clock = TestClock()
    let follower = try CorpusFollower(root: root, clock: clock, pollInterval: nil)
    let before = follower.store.corpus
    #expect(before.reports.count == 2)

    #expect(umount2(root, 0) == 0)  // the empty mount point directory is left behind
    for _ in 0..<20 where follower.rootProblem == nil {
      guard let descriptor = follower.fileDescriptor else { break }
      var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      if poll(&ready, 1, 100) > 0 { follower.handleReadable() }
      _ = follower.takeUpdate()
    }
    #expect(follower.rootProblem == "file system unmounted")
    await clock.advance(by: .seconds(2))
    #expect(follower.takeUpdate() == nil)
    #expect(same(follower.store.corpus, before))

    #expect(mount("none", root, "tmpfs", 0, nil) == 0)
    try outer.write("corpus/gao.txt", report)
    await clock.advance(by: .seconds(1))
    let update = try #require(follower.takeUpdate())
    #expect(follower.rootProblem == nil)
    #expect(update.change.files.map(\.kind) == [.removed])
    #expect(same(follower.store.corpus, try CorpusLoader().load(root: root)))
  }
}
