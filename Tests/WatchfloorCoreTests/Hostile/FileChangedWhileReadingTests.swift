import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// Files that another process changes or deletes while Watchfloor reads them. The timing is
/// made exact with ``FileReadInterference``: the "other process" acts between the listing and
/// the read, or after the first chunk of a read.
@Suite("Files that vanish or change while being read")
struct FileChangedWhileReadingTests {
  private static func report(_ place: String) -> String {
    "Date: 3 March 2024\n\nGunmen attacked a market in \(place), killing four civilians.\n"
  }

  /// Registers `actions` for `path` for the duration of `body`.
  private func interfering<T>(
    with path: String, _ actions: FileReadInterference.Actions, _ body: () throws -> T
  ) rethrows -> T {
    FileReadInterference.shared.set(path, actions)
    defer { FileReadInterference.shared.remove(path) }
    return try body()
  }

  /// What a writer does: appends `text` to the file at `path`.
  private static func append(_ text: String, to path: String) {
    let fd = open(path, O_WRONLY | O_APPEND)
    guard fd >= 0 else { return }
    _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
  }

  @Test func fileGrowingOnceDuringTheReadIsReadAgainWhole() throws {
    let dir = try TemporaryDirectory(prefix: "changing")
    try dir.write("gao.txt", Self.report("Gao"))
    let path = dir.absolute("gao.txt")
    let attempts = Counter()
    let result = interfering(
      with: path,
      .init(afterFirstChunk: { attempt in
        attempts.add()
        if attempt == 1 { Self.append("Later, gunmen attacked a convoy near Ansongo.\n", to: path) }
      })
    ) { PosixFileSystem.readFile(path, limit: 1 << 20) }
    guard case .bytes(let bytes, let status) = result else {
      Issue.record("expected bytes, got \(result)")
      return
    }
    #expect(attempts.value == 2)
    #expect(!status.changedWhileReading)
    #expect(bytes == Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("near Ansongo.\n"))
  }

  @Test func fileThatKeepsChangingIsLoadedWithAWarningAndReadAgainLater() throws {
    let dir = try TemporaryDirectory(prefix: "changing")
    try dir.write("a-steady.txt", Self.report("Mopti"))
    try dir.write("b-busy.txt", Self.report("Gao"))
    let path = dir.absolute("b-busy.txt")
    try dir.write("c-steady.txt", Self.report("Kidal"))
    let store = try interfering(
      with: path,
      .init(afterFirstChunk: { _ in Self.append("More text arriving.\n", to: path) })
    ) { try CorpusStore(root: dir.path) }

    #expect(store.corpus.reports.map(\.path) == ["a-steady.txt", "b-busy.txt", "c-steady.txt"])
    let busy = try #require(store.corpus.reports.first { $0.path == "b-busy.txt" })
    #expect(busy.warnings.contains("file changed while being read; loaded the bytes read so far"))
    #expect(store.corpus.reports.allSatisfy { $0.path == "b-busy.txt" || $0.warnings.isEmpty })

    // The writer is done: the next look at the file reads it again, even though its size
    // and modification time may not have moved since the last attempt.
    var settled = store
    let update = settled.apply(changedPaths: ["b-busy.txt"])
    #expect(update.change.filesRead == 1)
    let reread = try #require(settled.corpus.reports.first { $0.path == "b-busy.txt" })
    #expect(reread.warnings.isEmpty)
    #expect(settled.corpus.reports == (try CorpusLoader().load(root: dir.path)).reports)
  }

  @Test func fileDeletedBetweenListingAndReadingIsReportedAndTheRestLoads() throws {
    let dir = try TemporaryDirectory(prefix: "vanishing")
    try dir.write("a.txt", Self.report("Mopti"))
    try dir.write("b.txt", Self.report("Gao"))
    let path = dir.absolute("b.txt")
    try dir.write("c.txt", Self.report("Kidal"))
    let corpus = try interfering(
      with: path, .init(beforeOpen: { try? FileManager.default.removeItem(atPath: path) })
    ) { try CorpusLoader().load(root: dir.path) }
    #expect(corpus.reports.map(\.path) == ["a.txt", "c.txt"])
    #expect(
      corpus.skipped
        == [SkippedFile(path: "b.txt", reason: .failed("cannot read: No such file or directory"))])
  }

  @Test func fileDeletedBeforeAnIncrementalReadIsRemovedWithoutAWarning() throws {
    let dir = try TemporaryDirectory(prefix: "vanishing")
    try dir.write("a.txt", Self.report("Mopti"))
    try dir.write("b.txt", Self.report("Gao"))
    var store = try CorpusStore(root: dir.path)
    try dir.write("b.txt", Self.report("Gao") + "An update.\n")
    let path = dir.absolute("b.txt")
    let update = interfering(
      with: path, .init(beforeOpen: { try? FileManager.default.removeItem(atPath: path) })
    ) { store.apply(changedPaths: ["b.txt"]) }
    #expect(update.change.files.map(\.kind) == [.removed])
    #expect(update.change.newWarnings.isEmpty)
    #expect(store.corpus.reports.map(\.path) == ["a.txt"])
  }

  @Test func filesVanishingDuringAParallelLoadAreEachAccountedFor() throws {
    let dir = try TemporaryDirectory(prefix: "vanishing")
    var paths: [String] = []
    for number in 0..<80 {
      let name = String(format: "r%02d.txt", number)
      try dir.write(name, Self.report("Gao"))
      paths.append(dir.absolute(name))
    }
    let doomed = stride(from: 3, to: 80, by: 10).map { paths[$0] }
    for path in doomed {
      FileReadInterference.shared.set(
        path, .init(beforeOpen: { try? FileManager.default.removeItem(atPath: path) }))
    }
    defer { for path in doomed { FileReadInterference.shared.remove(path) } }
    var loader = CorpusLoader()
    loader.maxConcurrency = 4
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.count == 80 - doomed.count)
    #expect(corpus.skipped.count == doomed.count)
    #expect(corpus.skipped.allSatisfy { $0.isFailure })
    #expect(Set(corpus.reports.map(\.path) + corpus.skipped.map(\.path)).count == 80)
  }
}

/// A thread-safe counter for actions that run inside the loader.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int { lock.withLock { count } }
  func add() { lock.withLock { count += 1 } }
}
