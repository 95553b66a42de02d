import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// The store after an update must equal a cold load of the same folder.
private func expectMatchesColdLoad(
  _ store: CorpusStore, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let cold = try store.loader.load(root: store.root)
  #expect(store.corpus.reports.map(\.path) == cold.reports.map(\.path), sourceLocation: sourceLocation)
  #expect(store.corpus.reports == cold.reports, sourceLocation: sourceLocation)
  #expect(
    store.corpus.incidents.map(\.id) == cold.incidents.map(\.id), sourceLocation: sourceLocation)
  #expect(
    store.corpus.skipped.sorted { $0.path < $1.path } == cold.skipped.sorted { $0.path < $1.path },
    sourceLocation: sourceLocation)
}

private func kinds(_ update: CorpusUpdate) -> [String: CorpusChange.Kind] {
  Dictionary(uniqueKeysWithValues: update.change.files.map { ($0.path, $0.kind) })
}

@Suite("CorpusStore incremental updates equal a cold load")
struct CorpusStoreTests {
  private func corpus(_ count: Int) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory(prefix: "watch")
    for number in 0..<count {
      try directory.write("alerts/alert-\(number).txt", SyntheticReport.alert(number))
    }
    return directory
  }

  @Test func initialLoadMatchesColdLoad() throws {
    let directory = try corpus(5)
    try directory.write("notes.pdf", "%PDF-1.4")
    let store = try CorpusStore(root: directory.path)
    #expect(store.corpus.reports.count == 5)
    try expectMatchesColdLoad(store)
  }

  @Test func addedFile() throws {
    let directory = try corpus(3)
    var store = try CorpusStore(root: directory.path)
    try directory.write("alerts/alert-9.txt", SyntheticReport.alert(9))
    let update = store.apply(changedPaths: ["alerts/alert-9.txt"])
    #expect(kinds(update) == ["alerts/alert-9.txt": .added])
    let added = try #require(store.corpus.reports.first { $0.path == "alerts/alert-9.txt" })
    #expect(update.change.incidentsAdded == added.incidents.map(\.id).sorted())
    #expect(update.change.filesRead == 1)
    try expectMatchesColdLoad(store)
  }

  @Test func modifiedFileKeepsUnchangedIncidentIDs() throws {
    let directory = try corpus(3)
    var store = try CorpusStore(root: directory.path)
    let before = try #require(store.corpus.reports.first { $0.path == "alerts/alert-1.txt" })
    try directory.write(
      "alerts/alert-1.txt", SyntheticReport.alert(1, extra: SyntheticReport.secondIncident(1)))
    let update = store.apply(changedPaths: ["alerts/alert-1.txt"])
    #expect(kinds(update) == ["alerts/alert-1.txt": .modified])
    let after = try #require(store.corpus.reports.first { $0.path == "alerts/alert-1.txt" })
    // Whatever the extractor finds, the change lists exactly the difference of the ID sets.
    let (old, new) = (Set(before.incidents.map(\.id)), Set(after.incidents.map(\.id)))
    #expect(Set(update.change.incidentsAdded) == new.subtracting(old))
    #expect(Set(update.change.incidentsRemoved) == old.subtracting(new))
    // Stable identity: the untouched sentences keep their incidents' IDs; the new one is added.
    #expect(!old.isEmpty)
    #expect(old.isSubset(of: new))
    #expect(!update.change.incidentsAdded.isEmpty)
    #expect(update.change.incidentsRemoved.isEmpty)
    try expectMatchesColdLoad(store)
  }

  @Test func deletedFile() throws {
    let directory = try corpus(3)
    var store = try CorpusStore(root: directory.path)
    let gone = try #require(store.corpus.reports.first { $0.path == "alerts/alert-2.txt" })
    try directory.remove("alerts/alert-2.txt")
    let update = store.apply(changedPaths: ["alerts/alert-2.txt"])
    #expect(kinds(update) == ["alerts/alert-2.txt": .removed])
    #expect(update.change.incidentsRemoved == gone.incidents.map(\.id).sorted())
    #expect(!store.corpus.reports.contains { $0.path == "alerts/alert-2.txt" })
    try expectMatchesColdLoad(store)
  }

  @Test func renameWithinTheTree() throws {
    let directory = try corpus(3)
    var store = try CorpusStore(root: directory.path)
    try directory.makeDirectory("archive")
    try directory.move("alerts/alert-0.txt", to: "archive/alert-0.txt")
    let update = store.apply(changedPaths: ["alerts/alert-0.txt", "archive/alert-0.txt"])
    #expect(
      update.change.files == [
        CorpusChange.FileChange(
          path: "archive/alert-0.txt", previousPath: "alerts/alert-0.txt", kind: .renamed,
          incidentsAdded: update.change.files.first?.incidentsAdded ?? [],
          incidentsRemoved: update.change.files.first?.incidentsRemoved ?? [])
      ])
    try expectMatchesColdLoad(store)
  }

  @Test func moveOutAndBack() throws {
    let directory = try corpus(3)
    let outside = try TemporaryDirectory(prefix: "watch")
    var store = try CorpusStore(root: directory.path)
    let original = store.corpus.reports

    try directory.move("alerts/alert-1.txt", to: outside.absolute("alert-1.txt"))
    #expect(kinds(store.apply(changedPaths: ["alerts/alert-1.txt"])) == ["alerts/alert-1.txt": .removed])
    try expectMatchesColdLoad(store)

    try directory.move(outside.absolute("alert-1.txt"), to: "alerts/alert-1.txt")
    #expect(kinds(store.apply(changedPaths: ["alerts/alert-1.txt"])) == ["alerts/alert-1.txt": .added])
    try expectMatchesColdLoad(store)
    #expect(store.corpus.reports == original)
  }

  @Test func atomicSaveIsOneModification() throws {
    let directory = try corpus(3)
    var store = try CorpusStore(root: directory.path)
    // vim: probe file 4913, swap file, write a new file, rename it over the original.
    try directory.write("alerts/4913", "")
    try directory.remove("alerts/4913")
    try directory.write("alerts/.alert-2.txt.swp", "swap")
    try directory.write(
      "alerts/alert-2.txt.tmp", SyntheticReport.alert(2, extra: SyntheticReport.secondIncident(2)))
    try directory.move("alerts/alert-2.txt.tmp", to: "alerts/alert-2.txt")
    try directory.remove("alerts/.alert-2.txt.swp")
    let update = store.apply(changedPaths: [
      "alerts/4913", "alerts/.alert-2.txt.swp", "alerts/alert-2.txt.tmp", "alerts/alert-2.txt",
    ])
    #expect(kinds(update) == ["alerts/alert-2.txt": .modified])
    try expectMatchesColdLoad(store)
  }

  @Test func sedInPlaceIsOneModification() throws {
    let directory = try corpus(2)
    var store = try CorpusStore(root: directory.path)
    try directory.write("alerts/sedAb12Cd", SyntheticReport.alert(1, extra: "Edited by sed."))
    try directory.move("alerts/sedAb12Cd", to: "alerts/alert-1.txt")
    let update = store.apply(changedPaths: ["alerts/sedAb12Cd", "alerts/alert-1.txt"])
    #expect(kinds(update) == ["alerts/alert-1.txt": .modified])
    try expectMatchesColdLoad(store)
  }

  @Test func touchWithoutContentChangeChangesNothing() throws {
    let directory = try corpus(2)
    var store = try CorpusStore(root: directory.path)
    try directory.setModified("alerts/alert-0.txt", seconds: 1_700_000_000)
    let update = store.apply(changedPaths: ["alerts/alert-0.txt"])
    #expect(update.change.isEmpty)
    try expectMatchesColdLoad(store)
  }

  @Test func unchangedFilesAreNotReread() throws {
    let directory = try corpus(4)
    var store = try CorpusStore(root: directory.path)
    let update = store.apply(changedPaths: ["alerts/alert-0.txt", "alerts/alert-3.txt", "nope.txt"])
    #expect(update.change.filesRead == 0)
    #expect(update.change.isEmpty)
    #expect(try store.rescan().change.filesRead == 0)
  }

  @Test func burstOfAThousandFiles() throws {
    let directory = try corpus(2)
    var store = try CorpusStore(root: directory.path)
    let incidentsBefore = store.corpus.incidents.count
    var paths: [String] = []
    for number in 100..<1100 {
      let path = "burst/\(number / 100)/alert-\(number).txt"
      try directory.write(path, SyntheticReport.note(number))
      paths.append(path)
    }
    let update = store.apply(changedPaths: [], changedSubtrees: ["burst"])
    #expect(update.change.files.count == 1000)
    #expect(update.change.files.allSatisfy { $0.kind == .added })
    #expect(update.change.incidentsAdded.count == store.corpus.incidents.count - incidentsBefore)
    #expect(update.change.incidentsAdded.count >= 1000)
    #expect(store.corpus.reports.count == 1002)
    try expectMatchesColdLoad(store)

    for path in paths.prefix(500) { try directory.remove(path) }
    let removal = store.apply(changedPaths: paths.prefix(500))
    #expect(removal.change.files.count == 500)
    try expectMatchesColdLoad(store)
  }

  @Test func directoryMovedInAndOut() throws {
    let directory = try corpus(1)
    let outside = try TemporaryDirectory(prefix: "watch")
    try outside.write("batch/a.txt", SyntheticReport.alert(20))
    try outside.write("batch/deep/b.txt", SyntheticReport.alert(21))
    var store = try CorpusStore(root: directory.path)

    try directory.move(outside.absolute("batch"), to: "batch")
    let moveIn = store.apply(changedPaths: [String](), changedSubtrees: ["batch"])
    #expect(kinds(moveIn) == ["batch/a.txt": .added, "batch/deep/b.txt": .added])
    try expectMatchesColdLoad(store)

    try directory.move("batch", to: outside.absolute("batch"))
    let moveOut = store.apply(changedPaths: [String](), changedSubtrees: ["batch"])
    #expect(kinds(moveOut) == ["batch/a.txt": .removed, "batch/deep/b.txt": .removed])
    try expectMatchesColdLoad(store)
  }

  @Test func rescanFindsEverythingAfterManyChanges() throws {
    let directory = try corpus(6)
    var store = try CorpusStore(root: directory.path)
    try directory.remove("alerts/alert-0.txt")
    try directory.write("alerts/alert-1.txt", SyntheticReport.alert(1, extra: "Update."))
    try directory.write("new/alert-7.txt", SyntheticReport.alert(7))
    try directory.move("alerts/alert-2.txt", to: "alerts/renamed-2.txt")
    let update = try store.rescan()
    #expect(
      kinds(update) == [
        "alerts/alert-0.txt": .removed, "alerts/alert-1.txt": .modified,
        "new/alert-7.txt": .added, "alerts/renamed-2.txt": .renamed,
      ])
    try expectMatchesColdLoad(store)
  }

  @Test func snapshotsAreIndependentValues() throws {
    let directory = try corpus(2)
    var store = try CorpusStore(root: directory.path)
    let before = store.corpus
    try directory.write("alerts/alert-5.txt", SyntheticReport.alert(5))
    let update = store.apply(changedPaths: ["alerts/alert-5.txt"])
    #expect(before.reports.count == 2)
    #expect(update.corpus.reports.count == 3)
  }

  @Test func failedReadKeepsTheLastGoodVersion() throws {
    let directory = try corpus(2)
    var loader = CorpusLoader()
    loader.maxFileBytes = 4096
    var store = try CorpusStore(root: directory.path, loader: loader)
    let good = try #require(store.corpus.reports.first { $0.path == "alerts/alert-1.txt" })

    try directory.write("alerts/alert-1.txt", String(repeating: "x", count: 5000))
    let failed = store.apply(changedPaths: ["alerts/alert-1.txt"])
    #expect(failed.change.files.isEmpty)
    #expect(failed.change.newWarnings.map(\.path) == ["alerts/alert-1.txt"])
    #expect(store.warnings.map(\.path) == ["alerts/alert-1.txt"])
    #expect(store.corpus.reports.first { $0.path == "alerts/alert-1.txt" } == good)
    #expect(store.corpus.skipped.filter(\.isFailure).map(\.path) == ["alerts/alert-1.txt"])

    // The same failure again is not a new warning.
    try directory.write("alerts/alert-1.txt", String(repeating: "y", count: 6000))
    #expect(store.apply(changedPaths: ["alerts/alert-1.txt"]).change.newWarnings.isEmpty)

    try directory.write("alerts/alert-1.txt", SyntheticReport.alert(1, extra: "Fixed."))
    let fixed = store.apply(changedPaths: ["alerts/alert-1.txt"])
    #expect(kinds(fixed) == ["alerts/alert-1.txt": .modified])
    #expect(store.warnings.isEmpty)
    try expectMatchesColdLoad(store)
  }

  @Test func newFileThatFailsIsSkippedLikeAColdLoad() throws {
    let directory = try corpus(1)
    var loader = CorpusLoader()
    loader.maxFileBytes = 4096
    var store = try CorpusStore(root: directory.path, loader: loader)
    try directory.write("big.txt", String(repeating: "x", count: 5000))
    let update = store.apply(changedPaths: ["big.txt"])
    #expect(update.change.files.isEmpty)
    #expect(store.warnings.map(\.path) == ["big.txt"])
    try expectMatchesColdLoad(store)
  }

  @Test func ignoredEntriesFollowTheLoaderRules() throws {
    let directory = try corpus(1)
    var store = try CorpusStore(root: directory.path)
    try directory.write("alerts/.alert-0.txt.swp", "swap")
    try directory.write("alerts/alert-0.txt~", "backup")
    try directory.write("notes.pdf", "%PDF")
    try directory.write(".cache/hidden.txt", SyntheticReport.alert(3))
    try directory.symlink("link.txt", to: directory.absolute("alerts/alert-0.txt"))
    let update = store.apply(
      changedPaths: [
        "alerts/.alert-0.txt.swp", "alerts/alert-0.txt~", "notes.pdf", ".cache/hidden.txt",
        "link.txt",
      ], changedSubtrees: [".cache"])
    #expect(update.change.isEmpty)
    #expect(store.corpus.skipped.count == 5)
    try expectMatchesColdLoad(store)

    try directory.remove("notes.pdf")
    try directory.remove(".cache")
    _ = store.apply(changedPaths: ["notes.pdf"], changedSubtrees: [".cache"])
    try expectMatchesColdLoad(store)
  }

  @Test func rootRemovedLeavesTheModelOnRescanError() throws {
    let outer = try TemporaryDirectory(prefix: "watch")
    try outer.write("corpus/a.txt", SyntheticReport.alert(1))
    var store = try CorpusStore(root: outer.absolute("corpus"))
    try outer.remove("corpus")
    #expect(throws: CorpusError.self) { try store.rescan() }
    #expect(store.corpus.reports.count == 1)
  }
}
