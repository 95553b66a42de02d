/// The live, incremental model of a corpus folder.
///
/// Holds the current ``Corpus`` and what was learnt about each file (its fingerprint and its
/// parsed form). ``apply(changedPaths:changedSubtrees:)`` looks only at the paths a watcher
/// reported, re-reads only files whose size or modification time changed, keeps the parsed
/// form of files whose content did not change, drops files that are gone, and returns a new
/// immutable snapshot with a summary of the change. The snapshot is a value: the caller swaps
/// it in whole, so a reader never sees a half-updated model.
///
/// A report that fails to read keeps its last good version in the corpus and is listed in
/// ``warnings`` until it reads again. Incident identities come from the extractor (path and
/// sentence), so an unchanged incident keeps its ID across updates.
public struct CorpusStore: Sendable {
  /// Absolute path of the corpus directory.
  public let root: String
  public let loader: CorpusLoader
  /// The current snapshot.
  public private(set) var corpus: Corpus

  /// What the store knows about each file under the root, by relative path.
  var files: [String: TrackedFile] = [:]
  /// Reports whose latest read failed, by path: the report in ``corpus`` is the last good one.
  var staleReports: [String: SkippedFile] = [:]

  struct TrackedFile: Sendable {
    /// Nil after a failed read, so that any event makes the store try again.
    var stamp: FileStamp?
    var contentHash: UInt64
    var outcome: FileOutcome
  }

  enum FileOutcome: Sendable, Equatable {
    case report(Report)
    case skipped(SkippedFile)

    var report: Report? {
      if case .report(let report) = self { return report }
      return nil
    }

    var isFailure: Bool {
      if case .skipped(let skipped) = self { return skipped.isFailure }
      return false
    }
  }

  /// Loads every file under `root`.
  /// - Throws: when the corpus directory itself cannot be read.
  public init(root: String, loader: CorpusLoader = CorpusLoader()) throws(CorpusError) {
    self.root = root
    self.loader = loader
    corpus = Corpus(root: root, reports: [], skipped: [])
    _ = try rescan()
  }

  /// Files that could not be read: skipped failures, and reports whose latest read failed
  /// (their last good version is still in the corpus). Sorted by path.
  public var warnings: [SkippedFile] {
    let failures = corpus.skipped.filter(\.isFailure) + staleReports.values
    return failures.sorted { $0.path < $1.path }
  }

  /// Compares every file under the root with what the store knows (after an event queue
  /// overflow, when polling, or on the officer's request).
  /// - Throws: when the corpus directory cannot be read; the model is left unchanged.
  public mutating func rescan() throws(CorpusError) -> CorpusUpdate {
    let present = try listPaths()
    return update(candidates: Set(present).union(files.keys), listed: Set(present))
  }

  /// Looks again at the given files and directories (relative paths) and updates the model.
  /// - Parameters:
  ///   - changedPaths: files that may have been created, written, deleted or renamed; paths
  ///     that do not exist and were not known are ignored (editors' temporary files).
  ///   - changedSubtrees: directories whose every file may have changed.
  public mutating func apply(
    changedPaths: some Sequence<String>, changedSubtrees: some Sequence<String> = [String]()
  ) -> CorpusUpdate {
    var candidates = Set(changedPaths)
    var listed: Set<String>? = nil
    let subtrees = Array(changedSubtrees)
    if !subtrees.isEmpty {
      let prefixes = subtrees.map { $0 + "/" }
      let under = { (path: String) in prefixes.contains { path.hasPrefix($0) } }
      // A subtree that cannot be listed (root gone) only loses its known files.
      let present = (try? listPaths()) ?? []
      candidates.formUnion(present.filter(under))
      candidates.formUnion(files.keys.filter(under))
      listed = Set(present)
    }
    return update(candidates: candidates, listed: listed)
  }

  // MARK: - Update

  /// Re-examines `candidates`. When `listed` is given, a candidate outside it is treated as
  /// gone even if it exists (the loader's listing decides what belongs to the corpus).
  private mutating func update(candidates: Set<String>, listed: Set<String>?) -> CorpusUpdate {
    var removed: [(path: String, file: TrackedFile)] = []
    var added: [(path: String, file: TrackedFile)] = []
    var modified: [(path: String, old: Report, new: Report)] = []
    var newWarnings: [SkippedFile] = []
    var filesRead = 0
    var reportsChanged = false
    var skippedChanged = false

    for path in candidates.sorted() {
      let old = files[path]
      let belongs = listed.map { $0.contains(path) } ?? isCorpusFile(path)
      guard belongs, let stamp = stamp(of: path) else {
        if let old {
          files[path] = nil
          staleReports[path] = nil
          removed.append((path, old))
        }
        continue
      }
      if let old, old.stamp == stamp { continue }
      filesRead += 1
      guard let reading = read(path) else {
        // Vanished between stat and read: gone.
        if let old {
          files[path] = nil
          staleReports[path] = nil
          removed.append((path, old))
        }
        continue
      }
      if case .skipped(let skipped) = reading.outcome, skipped.isFailure,
        let old, old.outcome.report != nil
      {
        // Keep the last good version; try again on the next event.
        files[path]?.stamp = nil
        if staleReports[path] != skipped { newWarnings.append(skipped) }
        staleReports[path] = skipped
        continue
      }
      staleReports[path] = nil
      let new = TrackedFile(
        stamp: reading.outcome.isFailure ? nil : stamp, contentHash: reading.contentHash,
        outcome: reading.outcome)
      files[path] = new
      guard let old else {
        added.append((path, new))
        continue
      }
      if old.outcome == new.outcome { continue }
      switch (old.outcome, new.outcome) {
      case (.report(let before), .report(let after)):
        modified.append((path, before, after))
      case (.report, .skipped):
        removed.append((path, old))
      case (.skipped, .report):
        added.append((path, new))
      case (.skipped, .skipped):
        skippedChanged = true
      }
    }

    let change = Self.summarise(
      removed: removed, added: added, modified: modified, newWarnings: newWarnings,
      filesRead: filesRead)
    reportsChanged = !change.files.isEmpty
    skippedChanged =
      skippedChanged || (removed + added).contains { $0.file.outcome.report == nil }
    if reportsChanged || skippedChanged { rebuildCorpus(touched: candidates) }
    return CorpusUpdate(corpus: corpus, change: change)
  }

  /// Describes the change file by file, pairing a removed and an added report with the same
  /// content as a rename.
  private static func summarise(
    removed: [(path: String, file: TrackedFile)], added: [(path: String, file: TrackedFile)],
    modified: [(path: String, old: Report, new: Report)], newWarnings: [SkippedFile],
    filesRead: Int
  ) -> CorpusChange {
    typealias FileChange = CorpusChange.FileChange
    func ids(_ report: Report?) -> Set<IncidentID> { Set(report?.incidents.map(\.id) ?? []) }
    func diff(_ old: Report?, _ new: Report?) -> (added: [IncidentID], removed: [IncidentID]) {
      let before = ids(old)
      let after = ids(new)
      return (after.subtracting(before).sorted(), before.subtracting(after).sorted())
    }

    var changes: [FileChange] = []
    var removedReports = removed.filter { $0.file.outcome.report != nil }
    for (path, file) in added {
      guard let report = file.outcome.report else { continue }
      if let match = removedReports.firstIndex(where: { $0.file.contentHash == file.contentHash }) {
        let (oldPath, oldFile) = removedReports.remove(at: match)
        let (plus, minus) = diff(oldFile.outcome.report, report)
        changes.append(
          FileChange(
            path: path, previousPath: oldPath, kind: .renamed, incidentsAdded: plus,
            incidentsRemoved: minus))
      } else {
        changes.append(FileChange(path: path, kind: .added, incidentsAdded: diff(nil, report).added))
      }
    }
    for (path, file) in removedReports {
      changes.append(
        FileChange(path: path, kind: .removed, incidentsRemoved: diff(file.outcome.report, nil).removed))
    }
    for (path, old, new) in modified {
      let (plus, minus) = diff(old, new)
      changes.append(
        FileChange(path: path, kind: .modified, incidentsAdded: plus, incidentsRemoved: minus))
    }
    changes.sort { $0.path < $1.path }
    return CorpusChange(files: changes, newWarnings: newWarnings, filesRead: filesRead)
  }

  /// Builds the new snapshot: patches the sorted arrays in place for a few changed paths,
  /// rebuilds them from ``files`` for many.
  private mutating func rebuildCorpus(touched: Set<String>) {
    var next = corpus
    if touched.count > 64 {
      next.reports = files.values.compactMap(\.outcome.report).sorted { $0.path < $1.path }
      next.skipped = files.values.compactMap { file -> SkippedFile? in
        if case .skipped(let skipped) = file.outcome { return skipped }
        return nil
      }.sorted { $0.path < $1.path }
    } else {
      for path in touched {
        let outcome = files[path]?.outcome
        Self.place(outcome?.report, at: path, in: &next.reports, path: \.path)
        var skipped: SkippedFile? = nil
        if case .skipped(let value)? = outcome { skipped = value }
        Self.place(skipped, at: path, in: &next.skipped, path: \.path)
      }
    }
    corpus = next
  }

  /// Inserts, replaces or removes the element for `key` in an array sorted by `path`.
  private static func place<Element>(
    _ element: Element?, at key: String, in array: inout [Element],
    path: KeyPath<Element, String>
  ) {
    var low = 0
    var high = array.count
    while low < high {
      let middle = (low + high) / 2
      if array[middle][keyPath: path] < key { low = middle + 1 } else { high = middle }
    }
    let found = low < array.count && array[low][keyPath: path] == key
    switch (element, found) {
    case (let element?, true): array[low] = element
    case (let element?, false): array.insert(element, at: low)
    case (nil, true): array.remove(at: low)
    case (nil, false): break
    }
  }
}
