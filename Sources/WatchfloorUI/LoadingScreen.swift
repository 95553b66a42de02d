/// What the loading screen shows while the corpus is read, before the dashboard has data.
public struct LoadingScreen: Hashable, Sendable {
  /// The corpus folder as given (shown neutralised).
  public var corpusPath: String
  /// Files read so far.
  public var filesLoaded: Int
  /// Files the listing found; nil while the folder is still being listed.
  public var filesTotal: Int?
  /// Whole seconds since the program started.
  public var elapsedSeconds: Int
  /// Whether non-ASCII glyphs (the ellipsis of a cut path) may be drawn.
  public var unicode: Bool

  public init(
    corpusPath: String, filesLoaded: Int = 0, filesTotal: Int? = nil, elapsedSeconds: Int = 0,
    unicode: Bool = true
  ) {
    self.corpusPath = corpusPath
    self.filesLoaded = filesLoaded
    self.filesTotal = filesTotal
    self.elapsedSeconds = elapsedSeconds
    self.unicode = unicode
  }

  /// "loading reports: N of M files", or the listing step before M is known.
  public var progressText: String {
    guard let filesTotal else { return "loading reports: listing files" }
    return "loading reports: \(filesLoaded) of \(filesTotal) file\(filesTotal == 1 ? "" : "s")"
  }

  /// "elapsed N s".
  public var elapsedText: String { "elapsed \(elapsedSeconds) s" }
}
