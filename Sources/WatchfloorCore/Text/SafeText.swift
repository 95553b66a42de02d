/// Neutralises untrusted report text before it reaches a terminal or a spreadsheet.
///
/// Report files come from many hands; an ESC byte in a title must never move the cursor,
/// set the window title or write the clipboard (OSC 52) on the officer's terminal.
public enum SafeText {
  /// Text safe to draw on one line: C0/C1 controls and DEL become `�`, tabs and newlines
  /// become spaces, bidi overrides and zero-width characters are removed.
  public static func singleLine(_ text: some StringProtocol) -> String {
    if SafeTextScan.isUnchanged(text, keepingNewlines: false) { return String(text) }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
      case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C: continue
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Like ``singleLine(_:)`` but keeps newlines, for multi-line blocks.
  public static func multiLine(_ text: String) -> String {
    // Most text needs nothing: a byte scan, instead of splitting and rebuilding every line.
    if SafeTextScan.isUnchanged(text, keepingNewlines: true) { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { singleLine($0) }
      .joined(separator: "\n")
  }

  /// A CSV cell that a spreadsheet will not run as a formula (`=`, `+`, `-`, `@` prefixed with `'`).
  public static func csvCell(_ text: some StringProtocol) -> String {
    var cell = singleLine(text)
    if let first = cell.first, "=+-@".contains(first) { cell = "'" + cell }
    if cell.contains(where: { $0 == "," || $0 == "\"" }) {
      cell = "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return cell
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
