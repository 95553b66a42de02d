/// The result of one ``CorpusStore`` update: the new snapshot and what changed.
public struct CorpusUpdate: Sendable {
  /// The complete corpus after the update, built off to the side: swap it in whole.
  public var corpus: Corpus
  /// What changed compared with the previous snapshot.
  public var change: CorpusChange

  public init(corpus: Corpus, change: CorpusChange) {
    self.corpus = corpus
    self.change = change
  }
}
