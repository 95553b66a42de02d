/// How far a cold load has got: files read (and parsed) out of the files the listing found.
public struct CorpusLoadProgress: Hashable, Sendable {
  /// Files read, parsed and extracted so far.
  public var filesLoaded: Int
  /// Candidate report files found by the listing.
  public var filesTotal: Int

  public init(filesLoaded: Int, filesTotal: Int) {
    self.filesLoaded = filesLoaded
    self.filesTotal = filesTotal
  }
}

/// A progress callback for a cold load. Called from the loading threads, never concurrently
/// with itself, at most about every ``interval`` of progress plus once at the start (0 of M)
/// and once at the end (M of M).
public typealias CorpusLoadProgressHandler = @Sendable (CorpusLoadProgress) -> Void
