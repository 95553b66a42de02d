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
  /// The configured keys: the quit key works (and is named) on the loading screen too.
  public var keys: KeyMap

  public init(
    corpusPath: String, filesLoaded: Int = 0, filesTotal: Int? = nil, elapsedSeconds: Int = 0,
    unicode: Bool = true, keys: KeyMap = .standard
  ) {
    self.corpusPath = corpusPath
    self.filesLoaded = filesLoaded
    self.filesTotal = filesTotal
    self.elapsedSeconds = elapsedSeconds
    self.unicode = unicode
    self.keys = keys
  }

  /// Whether `key` quits (the configured quit key).
  public func quits(_ key: Key) -> Bool { keys.action(for: key) == .quit }

  /// "q quits." with the configured key, or Ctrl-C when quit is unbound.
  public var quitHint: String {
    let label = keys.label(for: .quit)
    return label.isEmpty ? "Ctrl-C quits." : "\(label) quits."
  }

  /// "loading reports: N of M files", or the listing step before M is known.
  public var progressText: String {
    guard let filesTotal else { return "loading reports: listing files" }
    return "loading reports: \(filesLoaded) of \(filesTotal) file\(filesTotal == 1 ? "" : "s")"
  }

  /// "elapsed N s".
  public var elapsedText: String { "elapsed \(elapsedSeconds) s" }
}
