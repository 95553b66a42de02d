/// A rollback point that costs what the updates after it change, not a copy of the store.
///
/// A copy of the store (as ``CorpusStore`` is a value) would also be a checkpoint, but it
/// shares the store's report list and path table: the next update would copy both whole
/// (100,000 reports and entries at 100k) and replacing the copy later frees them whole. The
/// store instead keeps an undo log: the first time an update changes a path after
/// ``markCheckpoint()``, the store notes what it knew about that path before.
/// ``restoreCheckpoint()`` puts those entries back and patches the snapshot at those paths,
/// which gives the store the checkpoint's state exactly (tests compare it with a copy).
extension CorpusStore {
  /// What the store knew, before the checkpoint, about each path changed since.
  struct UndoLog: Sendable {
    /// The entry (nil: the path was unknown) and the failure kept for a stale report.
    var before: [String: (entry: Entry?, stale: SkippedFile?)] = [:]
  }

  /// Makes the store's current state the point ``restoreCheckpoint()`` returns to, replacing
  /// an earlier checkpoint. Costs nothing now; each later update notes the paths it changes.
  public mutating func markCheckpoint() {
    undoLog = UndoLog()
  }

  /// Forgets the checkpoint (and what was noted for it).
  public mutating func dropCheckpoint() {
    undoLog = nil
  }

  /// True between ``markCheckpoint()`` and ``restoreCheckpoint()`` or ``dropCheckpoint()``.
  public var hasCheckpoint: Bool { undoLog != nil }

  /// Undoes every update since ``markCheckpoint()`` (and forgets the checkpoint): the store
  /// and its snapshot become what they were then, as if it had been copied then.
  /// - Returns: nil without a checkpoint. Else the update from the current snapshot back to
  ///   the checkpoint's: its ``CorpusUpdate/change`` lists the reports that come back as
  ///   `added` and those that go as `removed` (a report that is in both with other content is
  ///   restored but not listed); its ``CorpusUpdate/changedPaths`` and
  ///   ``CorpusUpdate/previousReports`` name every path restored and the reports they had.
  public mutating func restoreCheckpoint() -> CorpusUpdate? {
    guard let log = undoLog else { return nil }
    undoLog = nil
    let paths = log.before.keys.sorted(by: Self.precedes)
    var previousReports: [String: Report] = [:]
    var files: [CorpusChange.FileChange] = []
    func ids(_ report: Report) -> [IncidentID] { report.incidents.map(\.id).sorted() }
    for path in paths {
      let current = entries[path]?.outcome.report
      if let current { previousReports[path] = current }
      let (entry, stale) = log.before[path]!
      entries[path] = entry
      staleReports[path] = stale
      switch (current, entry?.outcome.report) {
      case (nil, let restored?): files.append(.init(path: path, kind: .added, incidentsAdded: ids(restored)))
      case (let current?, nil):
        files.append(.init(path: path, kind: .removed, incidentsRemoved: ids(current)))
      default: break
      }
    }
    if !paths.isEmpty { rebuildCorpus(touched: paths) }
    return CorpusUpdate(
      corpus: corpus, change: CorpusChange(files: files), corpusChanged: true, changedPaths: paths,
      previousReports: previousReports)
  }

  /// Notes what the store knows about `path` before an update first changes it after the
  /// checkpoint; later changes keep the first note.
  mutating func recordForUndo(_ path: String) {
    guard undoLog != nil, undoLog!.before[path] == nil else { return }
    undoLog!.before[path] = (entries[path], staleReports[path])
  }
}
