public import WatchfloorCore

extension CorpusStore {
  /// Applies what a watcher noticed: a full rescan if it asked for one, else the paths and
  /// subtrees it reported.
  /// - Throws: only for a rescan of a corpus directory that can no longer be read.
  public mutating func apply(_ changes: ChangeSet) throws(CorpusError) -> CorpusUpdate {
    if changes.needsRescan { return try rescan() }
    return apply(changedPaths: changes.paths, changedSubtrees: changes.subtrees)
  }
}
