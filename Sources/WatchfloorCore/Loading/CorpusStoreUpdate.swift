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

  public init(corpus: Corpus, change: CorpusChange, corpusChanged: Bool) {
    self.corpus = corpus
    self.change = change
    self.corpusChanged = corpusChanged
  }
}
