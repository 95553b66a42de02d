/// The result of one ``CorpusStore`` update: the new snapshot and what changed.
public struct CorpusUpdate: Sendable {
  /// The complete corpus after the update, built off to the side: swap it in whole.
  public var corpus: Corpus
  /// What changed compared with the previous snapshot.
  public var change: CorpusChange
  /// False when the snapshot is the same as before (nothing, or only unchanged files, was
  /// looked at): no need to redraw. True also for changes ``change`` does not describe, such
  /// as a skipped file appearing or a failed file going away.
  public var corpusChanged: Bool
  /// Every path whose entry in ``Corpus/reports`` or ``Corpus/skipped`` may differ from the
  /// previous snapshot, in path order (UTF-8 bytes); nil when not known (then compare the
  /// snapshots). Lets a consumer update at the cost of the change instead of walking both.
  public var changedPaths: [String]?
  /// The reports at ``changedPaths`` before the update, by path (a path without one had no
  /// report); nil when not known. With them a consumer need not keep the previous snapshot,
  /// whose report list would otherwise be copied on every update (it shares the store's).
  public var previousReports: [String: Report]?

  public init(
    corpus: Corpus, change: CorpusChange, corpusChanged: Bool, changedPaths: [String]? = nil,
    previousReports: [String: Report]? = nil
  ) {
    self.corpus = corpus
    self.change = change
    self.corpusChanged = corpusChanged
    self.changedPaths = changedPaths
    self.previousReports = previousReports
  }
}
