/// A candidate report file found while walking the corpus, not yet read.
public struct CorpusFile: Hashable, Sendable {
  /// Path relative to the corpus root, `/`-separated.
  public var path: String
  /// Size and modification time from `lstat` (no content hash yet).
  public var fingerprint: FileFingerprint

  public init(path: String, fingerprint: FileFingerprint) {
    self.path = path
    self.fingerprint = fingerprint
  }
}

/// Everything a walk of the corpus found: files to read and entries skipped without reading.
public struct CorpusListing: Sendable {
  /// Absolute, standardised path of the corpus root.
  public var root: String
  /// Candidate reports (`*.txt`, `*.md` regular files), sorted by path (UTF-8 byte order).
  public var files: [CorpusFile]
  /// Hidden, editor, non-text, symlinked and unreadable entries, sorted by path.
  public var skipped: [SkippedFile]

  public init(root: String, files: [CorpusFile], skipped: [SkippedFile]) {
    self.root = root
    self.files = files
    self.skipped = skipped
  }
}
