/// The result of loading one corpus file (see ``CorpusLoader/loadFile(root:relativePath:)``).
public enum FileLoadOutcome: Sendable {
  /// A report, with incidents extracted, and the fingerprint of the bytes it came from.
  case loaded(Report, FileFingerprint)
  /// Not loaded: ignored, not text, or failed. The fingerprint is there when the file could
  /// be examined (so a watcher can tell when a failed file changes).
  case skipped(SkippedFile, FileFingerprint?)

  /// Path relative to the corpus root.
  public var path: String {
    switch self {
    case .loaded(let report, _): return report.path
    case .skipped(let file, _): return file.path
    }
  }

  /// The fingerprint, when the file could be examined.
  public var fingerprint: FileFingerprint? {
    switch self {
    case .loaded(_, let fingerprint): return fingerprint
    case .skipped(_, let fingerprint): return fingerprint
    }
  }

  /// The report, when loaded.
  public var report: Report? {
    if case .loaded(let report, _) = self { return report }
    return nil
  }
}
