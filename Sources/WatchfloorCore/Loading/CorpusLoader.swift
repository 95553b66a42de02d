/// Why a corpus could not be loaded at all (individual bad files are skipped, not errors).
public struct CorpusError: Error, Sendable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}

/// Reads a corpus directory into a ``Corpus``.
///
/// SCAFFOLD: the loading helper replaces this with the real loader.
public struct CorpusLoader: Sendable {
  public var extractor: IncidentExtractor
  public init(extractor: IncidentExtractor = IncidentExtractor()) { self.extractor = extractor }

  public func load(root: String) throws(CorpusError) -> Corpus {
    Corpus(root: root, reports: [], skipped: [])
  }
}
