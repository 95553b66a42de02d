/// What one ``CorpusStore`` update changed, for the status line, the "+N new" marker and the
/// `watch --format jsonl` event stream.
public struct CorpusChange: Hashable, Sendable {
  /// How one report file changed.
  public enum Kind: String, Hashable, Sendable {
    /// A report appeared.
    case added
    /// A report's content changed (an editor's atomic save counts as this).
    case modified
    /// A report disappeared (deleted, moved out, or no longer readable as a report).
    case removed
    /// A report moved to another path with the same content.
    case renamed
  }

  /// The change of one report file.
  public struct FileChange: Hashable, Sendable {
    /// Path relative to the corpus root (the new path for a rename).
    public var path: String
    /// The old path of a renamed report.
    public var previousPath: String?
    public var kind: Kind
    /// Incidents that exist now and did not before, sorted.
    public var incidentsAdded: [IncidentID]
    /// Incidents that existed before and do not now, sorted.
    public var incidentsRemoved: [IncidentID]

    public init(
      path: String, previousPath: String? = nil, kind: Kind, incidentsAdded: [IncidentID] = [],
      incidentsRemoved: [IncidentID] = []
    ) {
      self.path = path
      self.previousPath = previousPath
      self.kind = kind
      self.incidentsAdded = incidentsAdded
      self.incidentsRemoved = incidentsRemoved
    }
  }

  /// Report files that changed, sorted by path.
  public var files: [FileChange]
  /// Reports that started failing to read with this update; their last good version stays
  /// in the corpus (``CorpusStore/warnings`` lists all current failures).
  public var newWarnings: [SkippedFile]
  /// Number of files read from disk (changed fingerprints), for "reloaded K files".
  public var filesRead: Int

  public init(files: [FileChange] = [], newWarnings: [SkippedFile] = [], filesRead: Int = 0) {
    self.files = files
    self.newWarnings = newWarnings
    self.filesRead = filesRead
  }

  /// True when no report and no incident changed.
  public var isEmpty: Bool { files.isEmpty && newWarnings.isEmpty }

  /// All incidents added by this change, sorted.
  public var incidentsAdded: [IncidentID] { files.flatMap(\.incidentsAdded).sorted() }

  /// All incidents removed by this change, sorted.
  public var incidentsRemoved: [IncidentID] { files.flatMap(\.incidentsRemoved).sorted() }
}
