import Foundation
import Glibc
import Testing
import WatchfloorTestSupport

@testable import WatchfloorWatch

/// Reads everything the watcher has pending: waits up to 100 ms at a time for the descriptor
/// to become readable, stops at the first quiet wait (bounded: at most 2 s in total).
private func collect(_ watcher: InotifyWatcher) throws -> ChangeSet {
  var changes = ChangeSet()
  for _ in 0..<20 {
    var descriptor = pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, 100) > 0 else { break }
    changes.formUnion(try watcher.drain())
  }
  return changes
}

@Suite("InotifyWatcher on a real directory")
struct InotifyWatcherTests {
  @Test func reportsCreatedModifiedAndDeletedFiles() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("old.txt", "first")
    let watcher = try InotifyWatcher(root: directory.path)

    try directory.write("new.txt", "hello")
    #expect(try collect(watcher) == ChangeSet(paths: ["new.txt"]))

    try directory.write("old.txt", "second version")
    #expect(try collect(watcher) == ChangeSet(paths: ["old.txt"]))

    try directory.remove("old.txt")
    #expect(try collect(watcher) == ChangeSet(paths: ["old.txt"]))
  }

  /// A start that fails (here at a simulated watch limit) closes its inotify descriptor exactly
  /// once: none is left open, and none is closed twice (a second close, caught by the assertion
  /// in `deinit` in debug builds, could close a descriptor another thread had just opened).
  @Test func failedStartClosesItsDescriptorOnce() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.makeDirectory("a")
    func openDescriptors() throws -> Set<String> {
      Set(try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))
    }
    var failures = 0
    let before = try openDescriptors()
    for _ in 0..<100 {
      do {
        _ = try InotifyWatcher(root: directory.path, simulatedWatchLimit: 1)
      } catch {
        if case .watchLimitReached = error { failures += 1 }
      }
    }
    #expect(failures == 100)
    // Tests running beside this one hold a few inotify descriptors of their own at any moment;
    // a leak would leave all 100 of these open.
    let inotifyBefore = before.filter(Self.isInotify)
    let inotifyAfter = try openDescriptors().filter(Self.isInotify)
    #expect(inotifyAfter.subtracting(inotifyBefore).count < 50)
  }

  private static func isInotify(_ descriptor: String) -> Bool {
    let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + descriptor)
    return target?.contains("inotify") ?? false
  }

  @Test func quietDirectoryReportsNothing() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("a.txt", "a")
    let watcher = try InotifyWatcher(root: directory.path)
    #expect(try watcher.drain().isEmpty)
  }

  @Test func renameWithinTheTreeReportsBothPaths() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("a.txt", "a")
    let watcher = try InotifyWatcher(root: directory.path)
    try directory.move("a.txt", to: "b.txt")
    #expect(try collect(watcher) == ChangeSet(paths: ["a.txt", "b.txt"]))
  }

  @Test func atomicSaveReportsTheReportPath() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("report.txt", "v1")
    let watcher = try InotifyWatcher(root: directory.path)
    try directory.write(".report.txt.tmp", "v2")
    try directory.move(".report.txt.tmp", to: "report.txt")
    let changes = try collect(watcher)
    #expect(changes.paths.contains("report.txt"))
    #expect(changes.subtrees.isEmpty && !changes.needsRescan)
  }

  @Test func newSubdirectoryIsReportedAndWatched() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let watcher = try InotifyWatcher(root: directory.path)
    try directory.write("north/kidal/first.txt", "one")
    let first = try collect(watcher)
    #expect(first.subtrees.contains("north"))

    try directory.write("north/kidal/second.txt", "two")
    #expect(try collect(watcher) == ChangeSet(paths: ["north/kidal/second.txt"]))
    #expect(watcher.watchedDirectoryCount == 3)
  }

  @Test func directoryMovedInIsWatchedWithItsSubdirectories() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let outside = try TemporaryDirectory(prefix: "watch")
    try outside.write("batch/deep/a.txt", "a")
    let watcher = try InotifyWatcher(root: directory.path)

    try directory.move(outside.absolute("batch"), to: "batch")
    #expect(try collect(watcher) == ChangeSet(subtrees: ["batch"]))

    try directory.write("batch/deep/b.txt", "b")
    #expect(try collect(watcher) == ChangeSet(paths: ["batch/deep/b.txt"]))
  }

  @Test func directoryMovedOutIsReportedAndNoLongerWatched() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let outside = try TemporaryDirectory(prefix: "watch")
    try directory.write("gone/a.txt", "a")
    let watcher = try InotifyWatcher(root: directory.path)

    try directory.move("gone", to: outside.absolute("gone"))
    #expect(try collect(watcher) == ChangeSet(subtrees: ["gone"]))
    #expect(watcher.watchedDirectoryCount == 1)

    try outside.write("gone/b.txt", "b")
    #expect(try collect(watcher).isEmpty)
  }

  @Test func renamedDirectoryKeepsReportingUnderItsNewName() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("before/inner/a.txt", "a")
    let watcher = try InotifyWatcher(root: directory.path)

    try directory.move("before", to: "after")
    #expect(try collect(watcher) == ChangeSet(subtrees: ["before", "after"]))

    try directory.write("after/inner/b.txt", "b")
    #expect(try collect(watcher) == ChangeSet(paths: ["after/inner/b.txt"]))
  }

  @Test func deletedDirectoryIsReportedAsSubtree() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("old/a.txt", "a")
    let watcher = try InotifyWatcher(root: directory.path)
    try directory.remove("old")
    let changes = try collect(watcher)
    #expect(changes.subtrees == ["old"])
    #expect(watcher.watchedDirectoryCount == 1)
  }

  @Test func queueOverflowAsksForRescan() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let watcher = try InotifyWatcher(root: directory.path)
    let overflow = InotifyWatcher.RawEvent(
      descriptor: -1, mask: UInt32(IN_Q_OVERFLOW), cookie: 0, name: "")
    #expect(try watcher.interpret([overflow]) == .rescan)
  }

  @Test func parsesNamesFromTheRawBuffer() {
    var bytes: [UInt8] = []
    func append(descriptor: Int32, mask: UInt32, name: String) {
      var header = inotify_event()
      header.wd = descriptor
      header.mask = mask
      header.len = 16
      withUnsafeBytes(of: header) { bytes += $0 }
      var padded = Array(name.utf8)
      padded += Array(repeating: 0, count: 16 - padded.count)
      bytes += padded
    }
    append(descriptor: 1, mask: UInt32(IN_CREATE), name: "a.txt")
    append(descriptor: 2, mask: UInt32(IN_DELETE), name: "Ségou.txt")
    let events = InotifyWatcher.parse(bytes, count: bytes.count)
    #expect(events.map(\.name) == ["a.txt", "Ségou.txt"])
    #expect(events.map(\.descriptor) == [1, 2])
  }

  @Test func missingRootIsAnError() {
    #expect(throws: WatchError.self) { try InotifyWatcher(root: "/nonexistent/watchfloor") }
  }
}

@Suite("InotifyWatcher and hidden directories")
struct InotifyWatcherHiddenDirectoryTests {
  @Test func hiddenDirectoriesAreNotWatched() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write(".git/objects/x", "x")
    try directory.write("visible/a.txt", "a")
    let watcher = try InotifyWatcher(root: directory.path)
    #expect(watcher.watchedDirectoryCount == 2)

    try directory.write(".cache/b.txt", "b")
    _ = try collect(watcher)
    #expect(watcher.watchedDirectoryCount == 2)
    try directory.write(".cache/c.txt", "c")
    #expect(try collect(watcher).isEmpty)
  }
}
