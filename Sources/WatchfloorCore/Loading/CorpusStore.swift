/// The live, incremental model of a corpus folder.
///
/// Holds the current ``Corpus`` and what was learnt about each entry (its ``FileFingerprint``
/// and its parsed form). ``apply(changedPaths:changedSubtrees:)`` looks only at the paths a
/// watcher reported, re-reads only files whose size or modification time changed (through
/// ``CorpusLoader/loadFile(root:relativePath:)``, the same code a cold load runs), drops files
/// that are gone, and returns a new immutable snapshot with a summary of the change. The
/// snapshot is a value: the caller swaps it in whole, so a reader never sees a half-updated
/// model. After any update the snapshot equals a cold ``CorpusLoader/load(root:)`` of the
/// folder, except for the reports kept after a failed read (below).
///
/// A report that fails to read keeps its last good version in ``Corpus/reports`` and is also
/// listed as a failure in ``Corpus/skipped`` (so ``warnings`` and any warnings view show it)
/// until it reads again. Incident identities come from the extractor (path and
/// sentence), so an unchanged incident keeps its ID across updates.
public struct CorpusStore: Sendable {
  /// Absolute, standardised path of the corpus directory.
  public let root: String
  public let loader: CorpusLoader
  /// The current snapshot.
  public private(set) var corpus: Corpus

  /// What the store knows about each entry under the root (reports and skipped entries).
  var entries: [String: Entry] = [:]
  /// Reports whose latest read failed, by path: the report in ``corpus`` is the last good one.
  var staleReports: [String: SkippedFile] = [:]
  /// What the updates since ``markCheckpoint()`` changed, to undo them; nil without a
  /// checkpoint (see CorpusStore+Checkpoint.swift).
  var undoLog: UndoLog?

  struct Entry: Sendable {
    /// Nil when the content was not read (skipped by name or type) or the read failed, so
    /// that any event makes the store look again.
    var fingerprint: FileFingerprint?
    var outcome: Outcome
  }

  enum Outcome: Sendable, Equatable {
    case report(Report)
    case skipped(SkippedFile)

    var report: Report? {
      if case .report(let report) = self { return report }
      return nil
    }

    var skipped: SkippedFile? {
      if case .skipped(let skipped) = self { return skipped }
      return nil
    }

    var isFailure: Bool { skipped?.isFailure ?? false }
  }

  /// Loads the corpus cold (in parallel) and remembers every fingerprint.
  /// - Parameter progress: told how many files are loaded while the cold load runs (see
  ///   ``CorpusLoader/loadWithFingerprints(root:progress:)``); later updates do not report.
  /// - Throws: when the corpus directory itself cannot be read.
  public init(
    root: String, loader: CorpusLoader = CorpusLoader(), progress: CorpusLoadProgressHandler? = nil
  ) throws(CorpusError) {
    self.loader = loader
    let (corpus, fingerprints) = try loader.loadWithFingerprints(root: root, progress: progress)
    self.root = corpus.root
    self.corpus = corpus
    for report in corpus.reports {
      entries[report.path] = Entry(fingerprint: fingerprints[report.path], outcome: .report(report))
    }
    for skipped in corpus.skipped {
      let fingerprint = skipped.isFailure ? nil : fingerprints[skipped.path]
      entries[skipped.path] = Entry(fingerprint: fingerprint, outcome: .skipped(skipped))
    }
  }

  /// Files that could not be read, sorted by path: skipped failures, including reports whose
  /// latest read failed (their last good version is still in ``Corpus/reports``).
  public var warnings: [SkippedFile] { corpus.skipped.filter(\.isFailure) }

  /// Compares every entry under the root with what the store knows (after an event queue
  /// overflow, or on the officer's request).
  /// - Throws: when the corpus directory cannot be read; the model is left unchanged.
  public mutating func rescan() throws(CorpusError) -> CorpusUpdate {
    let listing = try loader.listFiles(root: root)
    let found = Listing(listing)
    return update(candidates: Set(found.all.keys).union(entries.keys), listing: found)
  }

  /// Looks again at the given files and directories (relative paths) and updates the model.
  /// - Parameters:
  ///   - changedPaths: files that may have been created, written, deleted or renamed; paths
  ///     that do not exist and were not known are ignored (editors' temporary files).
  ///   - changedSubtrees: directories whose every file may have changed (created, deleted, or
  ///     moved in, out or within the tree).
  public mutating func apply(
    changedPaths: some Sequence<String>, changedSubtrees: some Sequence<String> = [String]()
  ) -> CorpusUpdate {
    var candidates = Set(changedPaths)
    var subtrees = Array(changedSubtrees)
    // A path that turned out to be a directory is a subtree.
    for path in candidates where entries[path] == nil && isDirectory(path) { subtrees.append(path) }
    guard !subtrees.isEmpty else { return update(candidates: candidates, listing: nil) }

    // The root may be gone: then every known file under the subtrees is gone too.
    let found = (try? loader.listFiles(root: root)).map(Listing.init) ?? Listing()
    let inSubtree = { (path: String) in
      subtrees.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
    candidates.formUnion(found.all.keys.filter(inSubtree))
    candidates.formUnion(entries.keys.filter(inSubtree))
    return update(candidates: candidates, listing: found)
  }

  // MARK: - Update

  /// Re-examines `candidates`. With a `listing`, it decides what exists; without, each path is
  /// examined on its own with the same rules.
  private mutating func update(candidates: Set<String>, listing: Listing?) -> CorpusUpdate {
    var removed: [(path: String, entry: Entry)] = []
    var added: [(path: String, entry: Entry)] = []
    var modified: [(path: String, old: Report, new: Report)] = []
    var newWarnings: [SkippedFile] = []
    var filesRead = 0
    var touched: [String] = []
    /// The reports at the touched paths before this update.
    var previousReports: [String: Report] = [:]
    func touch(_ path: String, previously entry: Entry?) {
      touched.append(path)
      if previousReports[path] == nil, let report = entry?.outcome.report { previousReports[path] = report }
    }

    func remove(_ path: String) {
      guard entries[path] != nil else { return }
      recordForUndo(path)
      let old = entries.removeValue(forKey: path)!
      staleReports[path] = nil
      removed.append((path, old))
      touch(path, previously: old)
    }

    for path in candidates.sorted(by: Self.precedes) {
      let old = entries[path]
      let presence = listing.map { $0.presence(of: path) } ?? presence(of: path)
      let outcome: Outcome
      var fingerprint: FileFingerprint? = nil
      switch presence {
      case .absent:
        remove(path)
        continue
      case .skipped(let skipped):
        outcome = .skipped(skipped)
      case .file(let stamp):
        if let known = old?.fingerprint, known.sameMetadata(as: stamp) { continue }
        filesRead += 1
        let loaded = loader.loadFile(root: root, relativePath: path)
        if case .skipped(let skipped, _) = loaded, skipped.isFailure, !exists(path) {
          remove(path)  // deleted between the listing and the read
          continue
        }
        switch loaded {
        case .loaded(let report, let loadedFingerprint):
          outcome = .report(report)
          fingerprint = loadedFingerprint
        case .skipped(let skipped, let loadedFingerprint):
          outcome = .skipped(skipped)
          fingerprint = skipped.isFailure ? nil : loadedFingerprint
        }
      }

      if let skipped = outcome.skipped, skipped.isFailure, old?.outcome.report != nil {
        // Keep the last good version; look again on the next event.
        recordForUndo(path)
        entries[path]?.fingerprint = nil
        if staleReports[path] == nil { newWarnings.append(skipped) }
        if staleReports[path] != skipped { touch(path, previously: old) }
        staleReports[path] = skipped
        continue
      }
      recordForUndo(path)  // the entry is written below, if only its fingerprint
      if staleReports.removeValue(forKey: path) != nil { touch(path, previously: old) }
      if let skipped = outcome.skipped, skipped.isFailure, old?.outcome.isFailure != true {
        newWarnings.append(skipped)  // a file that started failing (not a kept report)
      }
      let new = Entry(fingerprint: fingerprint, outcome: outcome)
      entries[path] = new
      guard let old else {
        added.append((path, new))
        touch(path, previously: nil)
        continue
      }
      if old.outcome == new.outcome { continue }
      touch(path, previously: old)
      switch (old.outcome, new.outcome) {
      case (.report(let before), .report(let after)): modified.append((path, before, after))
      case (.report, .skipped): removed.append((path, old))
      case (.skipped, .report): added.append((path, new))
      case (.skipped, .skipped): break
      }
    }

    let change = Self.summarise(
      removed: removed, added: added, modified: modified, newWarnings: newWarnings,
      filesRead: filesRead)
    let changedPaths = Array(Set(touched)).sorted(by: Self.precedes)
    if !touched.isEmpty { rebuildCorpus(touched: changedPaths) }
    return CorpusUpdate(
      corpus: corpus, change: change, corpusChanged: !touched.isEmpty, changedPaths: changedPaths,
      previousReports: previousReports)
  }

  /// Describes the change file by file, pairing a removed and an added report with the same
  /// content as a rename.
  private static func summarise(
    removed: [(path: String, entry: Entry)], added: [(path: String, entry: Entry)],
    modified: [(path: String, old: Report, new: Report)], newWarnings: [SkippedFile],
    filesRead: Int
  ) -> CorpusChange {
    typealias FileChange = CorpusChange.FileChange
    func ids(_ report: Report?) -> Set<IncidentID> { Set(report?.incidents.map(\.id) ?? []) }
    func diff(_ old: Report?, _ new: Report?) -> (added: [IncidentID], removed: [IncidentID]) {
      let (before, after) = (ids(old), ids(new))
      return (after.subtracting(before).sorted(), before.subtracting(after).sorted())
    }

    var changes: [FileChange] = []
    var removedReports = removed.filter { $0.entry.outcome.report != nil }
    for (path, entry) in added {
      guard let report = entry.outcome.report else { continue }
      let hash = entry.fingerprint?.contentHash
      if let hash, let match = removedReports.firstIndex(where: { $0.entry.fingerprint?.contentHash == hash })
      {
        let (oldPath, oldEntry) = removedReports.remove(at: match)
        let (plus, minus) = diff(oldEntry.outcome.report, report)
        changes.append(
          FileChange(
            path: path, previousPath: oldPath, kind: .renamed, incidentsAdded: plus,
            incidentsRemoved: minus))
      } else {
        changes.append(FileChange(path: path, kind: .added, incidentsAdded: diff(nil, report).added))
      }
    }
    for (path, entry) in removedReports {
      let minus = diff(entry.outcome.report, nil).removed
      changes.append(FileChange(path: path, kind: .removed, incidentsRemoved: minus))
    }
    for (path, old, new) in modified {
      let (plus, minus) = diff(old, new)
      changes.append(
        FileChange(path: path, kind: .modified, incidentsAdded: plus, incidentsRemoved: minus))
    }
    changes.sort { precedes($0.path, $1.path) }
    return CorpusChange(files: changes, newWarnings: newWarnings, filesRead: filesRead)
  }

  /// Builds the new snapshot: patches the sorted arrays for a few changed paths, rebuilds them
  /// from ``entries`` for many. Arrays are values, so whoever holds the previous snapshot keeps
  /// it unchanged (copy on write); when nobody does, the patch happens in place.
  mutating func rebuildCorpus(touched: [String]) {
    var next = corpus
    corpus = Corpus(root: root, reports: [], skipped: [])  // leave `next` uniquely referenced
    if touched.count > 64 {
      next.reports = entries.values.compactMap(\.outcome.report).sorted { Self.precedes($0.path, $1.path) }
      next.skipped = (entries.values.compactMap(\.outcome.skipped) + staleReports.values)
        .sorted { Self.precedes($0.path, $1.path) }
    } else {
      for path in touched {
        let outcome = entries[path]?.outcome
        // A report kept after a failed read is in both lists: last good version and failure.
        Self.place(outcome?.report, at: path, in: &next.reports, key: \.path)
        Self.place(staleReports[path] ?? outcome?.skipped, at: path, in: &next.skipped, key: \.path)
      }
    }
    corpus = next
  }

  /// Inserts, replaces or removes the element for `path` in an array sorted by path.
  private static func place<Element>(
    _ element: Element?, at path: String, in array: inout [Element], key: KeyPath<Element, String>
  ) {
    var low = 0
    var high = array.count
    while low < high {
      let middle = (low + high) / 2
      if precedes(array[middle][keyPath: key], path) { low = middle + 1 } else { high = middle }
    }
    let found = low < array.count && array[low][keyPath: key] == path
    switch (element, found) {
    case (let element?, true): array[low] = element
    case (let element?, false): array.insert(element, at: low)
    case (nil, true): array.remove(at: low)
    case (nil, false): break
    }
  }

  /// The loader's order: UTF-8 bytes.
  static func precedes(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }
}
