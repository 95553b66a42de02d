/// Which directory entries are reports, by name: the corpus ignore rules.
///
/// Ignored: hidden names (leading `.`), editor temp and backup files (`.swp`, `.swx`, `.swo`,
/// a `~` suffix, `.#name` locks, `#name#` autosaves, vim's `4913` probe). Only `*.txt` and `*.md`
/// (any case) are read; other extensions are "not a report".
public enum CorpusFileRules {
  /// Extensions read as reports (lowercased, without the dot).
  public static let reportExtensions: Set<String> = ["txt", "md"]

  /// Why an entry with this name is skipped, or nil when it may be a report (files) or walked
  /// (directories).
  public static func skipReason(name: String, isDirectory: Bool) -> SkippedFile.Reason? {
    if name.hasPrefix(".#") { return .ignored("editor lock file") }
    if name.hasPrefix(".") { return .ignored(isDirectory ? "hidden directory" : "hidden file") }
    if isDirectory { return nil }
    if name.hasSuffix("~") { return .ignored("editor backup file") }
    if name == "4913" { return .ignored("editor temporary file") }
    if name.hasPrefix("#"), name.hasSuffix("#") { return .ignored("editor autosave file") }
    let ext = fileExtension(name)
    if ["swp", "swx", "swo"].contains(ext) { return .ignored("editor swap file") }
    if reportExtensions.contains(ext) { return nil }
    return .notText(ext.isEmpty ? "not a report file (no extension)" : "not a report file (.\(ext))")
  }

  /// The lowercased text after the last `.`, or "" when there is none.
  static func fileExtension(_ name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return name[name.index(after: dot)...].lowercased()
  }
}
