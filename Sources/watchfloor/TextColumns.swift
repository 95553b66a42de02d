import WatchfloorCore

/// Fixed-width, single-line table cells from untrusted text.
enum TextColumns {
  /// `text` made safe (``SafeText/singleLine(_:)``), cut to `width` characters with `…`
  /// when longer, padded with spaces when shorter (left-aligned, or right-aligned).
  static func cell(_ text: String, width: Int, alignRight: Bool = false) -> String {
    guard width > 0 else { return "" }
    var safe = SafeText.singleLine(text)
    if safe.count > width {
      safe = String(safe.prefix(width - 1)) + "…"
    }
    let padding = String(repeating: " ", count: width - safe.count)
    return alignRight ? padding + safe : safe + padding
  }

  /// Cells joined with two spaces; trailing spaces removed.
  static func row(_ cells: [String]) -> String {
    var line = cells.joined(separator: "  ")
    while line.last == " " { line.removeLast() }
    return line
  }
}
