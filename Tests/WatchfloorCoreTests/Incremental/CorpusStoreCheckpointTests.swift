import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// Everything a store knows, for comparing two stores: the snapshot, the path table
/// (fingerprints and outcomes) and the reports kept after a failed read.
private func expectSameStore(
  _ store: CorpusStore, _ reference: CorpusStore, _ context: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    store.corpus.reports == reference.corpus.reports, "\(context): reports", sourceLocation: sourceLocation)
  #expect(
    store.corpus.skipped == reference.corpus.skipped, "\(context): skipped", sourceLocation: sourceLocation)
  #expect(
    store.entries.mapValues(\.fingerprint) == reference.entries.mapValues(\.fingerprint),
    "\(context): fingerprints", sourceLocation: sourceLocation)
  #expect(
    store.entries.mapValues(\.outcome) == reference.entries.mapValues(\.outcome), "\(context): outcomes",
    sourceLocation: sourceLocation)
  #expect(store.staleReports == reference.staleReports, "\(context): stale", sourceLocation: sourceLocation)
}

/// The rollback change as the follower worked it out when its checkpoint was a copy of the
/// store: reports that come back are added, reports that go are removed (by path).
private func copyRollbackChange(from current: Corpus, to restored: Corpus) -> [CorpusChange.FileChange] {
  let now = Dictionary(uniqueKeysWithValues: current.reports.map { ($0.path, $0) })
  let then = Dictionary(uniqueKeysWithValues: restored.reports.map { ($0.path, $0) })
  func ids(_ report: Report) -> [IncidentID] { report.incidents.map(\.id).sorted() }
  var files: [CorpusChange.FileChange] = []
  for (path, report) in then where now[path] == nil {
    files.append(.init(path: path, kind: .added, incidentsAdded: ids(report)))
  }
  for (path, report) in now where then[path] == nil {
    files.append(.init(path: path, kind: .removed, incidentsRemoved: ids(report)))
  }
  return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
}

/// The address of the snapshot's report storage.
private func reportStorage(_ store: CorpusStore) -> UnsafeRawPointer? {
  store.corpus.reports.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
}

@Suite("CorpusStore checkpoint: an undo log that restores what a copy of the store would")
struct CorpusStoreCheckpointTests {
  /// A loader that fails files over 4 KiB, so that a report can start failing to read.
  private static let loader: CorpusLoader = {
    var loader = CorpusLoader()
    loader.maxFileBytes = 4096
    return loader
  }()

  /// One random change to the folder; returns the paths and subtrees a watcher would report.
  private func randomChange(
    in directory: TemporaryDirectory, random: inout SplitMix64, counter: inout Int
  ) throws -> (paths: [String], subtrees: [String]) {
    counter += 1
    let number = Int(random.next() % 12)
    let path = "alerts/alert-\(number).txt"
    switch random.next() % 9 {
    case 0:
      try? directory.remove(path)
      return ([path], [])
    case 1:  // too big: a kept report becomes stale, a new file is a failure
      try directory.write(path, String(repeating: "x", count: 5000 + counter))
      return ([path], [])
    case 2:  // same content, new modification time: only the fingerprint changes
      try directory.write(path, SyntheticReport.alert(number))
      try directory.setModified(path, seconds: 1_700_000_000 + counter)
      return ([path], [])
    case 3:
      try directory.write("notes/\(number).pdf", "%PDF-1.4 \(counter)")
      return (["notes/\(number).pdf"], [])
    case 4:
      let subtree = "batch-\(number % 3)"
      if random.next() % 2 == 0 {
        try? directory.remove(subtree)
      } else {
        for item in 0..<3 {
          try directory.write("\(subtree)/note-\(item).txt", SyntheticReport.note(counter + item))
        }
      }
      return ([], [subtree])
    case 5:
      let target = "alerts/alert-\((number + 1) % 12).txt"
      try? directory.move(path, to: target)
      return ([path, target], [])
    default:
      try directory.write(
        path, SyntheticReport.alert(number, extra: SyntheticReport.secondIncident(counter)))
      return ([path], [])
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func restoringEqualsTheCopyTakenAtTheCheckpoint(seed: UInt64) throws {
    let directory = try TemporaryDirectory(prefix: "checkpoint")
    for number in 0..<8 { try directory.write("alerts/alert-\(number).txt", SyntheticReport.alert(number)) }
    var store = try CorpusStore(root: directory.path, loader: Self.loader)
    var random = SplitMix64(seed: seed)
    var counter = 0
    var copy: CorpusStore?
    for step in 0..<60 {
      let context = "seed \(seed) step \(step)"
      switch random.next() % 6 {
      case 0:
        store.markCheckpoint()
        copy = store
      case 1 where copy != nil:
        let restoredFrom = store.corpus
        let restored = store.restoreCheckpoint()
        let update = try #require(restored, "\(context)")
        let reference = copy!
        copy = nil
        expectSameStore(store, reference, context)
        #expect(!store.hasCheckpoint)
        #expect(update.corpusChanged)
        #expect(
          update.change.files == copyRollbackChange(from: restoredFrom, to: reference.corpus), "\(context)")
        #expect(update.corpus.reports == reference.corpus.reports)
        // The paths named cover every report that differs, with the reports they had.
        let paths = try #require(update.changedPaths)
        let before = try #require(update.previousReports)
        for report in restoredFrom.reports where !paths.contains(report.path) {
          #expect(reference.corpus.reports.contains { $0.path == report.path && $0 == report }, "\(context)")
        }
        for path in paths { #expect(before[path] == restoredFrom.reports.first { $0.path == path }) }
      case 2:
        _ = try store.rescan()
      default:
        let (paths, subtrees) = try randomChange(in: directory, random: &random, counter: &counter)
        _ = store.apply(changedPaths: paths, changedSubtrees: subtrees)
      }
      #expect(store.hasCheckpoint == (copy != nil), "\(context)")
    }
    // A restored store goes on as the copy would: same rereads, same results.
    if copy != nil {
      var reference = copy!
      _ = store.restoreCheckpoint()
      for step in 0..<20 {
        let (paths, subtrees) = try randomChange(in: directory, random: &random, counter: &counter)
        let update = store.apply(changedPaths: paths, changedSubtrees: subtrees)
        let expected = reference.apply(changedPaths: paths, changedSubtrees: subtrees)
        #expect(update.change == expected.change, "seed \(seed) after restore, step \(step)")
        expectSameStore(store, reference, "seed \(seed) after restore, step \(step)")
      }
    }
  }

  @Test func withoutACheckpointThereIsNothingToRestore() throws {
    let directory = try TemporaryDirectory(prefix: "checkpoint")
    try directory.write("alerts/alert-1.txt", SyntheticReport.alert(1))
    var store = try CorpusStore(root: directory.path)
    #expect(store.restoreCheckpoint() == nil)
    store.markCheckpoint()
    store.dropCheckpoint()
    try directory.remove("alerts/alert-1.txt")
    _ = store.apply(changedPaths: ["alerts/alert-1.txt"])
    #expect(store.restoreCheckpoint() == nil)
    #expect(store.corpus.reports.isEmpty)
  }

  @Test func aCheckpointWithNoChangeSinceRestoresNothing() throws {
    let directory = try TemporaryDirectory(prefix: "checkpoint")
    try directory.write("alerts/alert-1.txt", SyntheticReport.alert(1))
    var store = try CorpusStore(root: directory.path)
    let before = store
    store.markCheckpoint()
    _ = store.apply(changedPaths: ["alerts/alert-1.txt"])  // looked at, unchanged
    let restored = store.restoreCheckpoint()
    let update = try #require(restored)
    #expect(update.change.files.isEmpty)
    #expect(update.changedPaths == [])
    expectSameStore(store, before, "unchanged")
  }

  /// The point of the undo log: with a checkpoint the store still edits its report list in
  /// place (a copy of the store as checkpoint made the next update copy the whole list).
  @Test func anUpdateAfterACheckpointEditsTheReportListInPlace() throws {
    let directory = try TemporaryDirectory(prefix: "checkpoint")
    for number in 0..<4 { try directory.write("alerts/alert-\(number).txt", SyntheticReport.alert(number)) }
    var store = try CorpusStore(root: directory.path)
    let original = store.corpus.reports[2]
    store.markCheckpoint()
    let storage = reportStorage(store)
    try directory.write(
      "alerts/alert-2.txt", SyntheticReport.alert(2, extra: SyntheticReport.secondIncident(2)))
    let update = store.apply(changedPaths: ["alerts/alert-2.txt"])
    #expect(update.change.files.map(\.kind) == [.modified])
    #expect(reportStorage(store) == storage)
    _ = consume update
    let restoring = store.restoreCheckpoint()
    let restored = try #require(restoring)
    #expect(restored.change.files.isEmpty)  // modified back: restored, not listed
    #expect(restored.changedPaths == ["alerts/alert-2.txt"])
    #expect(store.corpus.reports[2] == original)
  }
}
