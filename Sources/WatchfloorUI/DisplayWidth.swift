/// Widths of text in terminal display cells, as a terminal lays them out.
///
/// Combining marks and other zero-width characters take 0 cells, East Asian wide and
/// fullwidth characters and emoji take 2, everything else 1. Column layout is computed with
/// this, never with byte or character counts.
public enum DisplayWidth {
  /// Cells taken by one grapheme cluster (0, 1 or 2).
  public static func of(_ character: Character) -> Int {
    if character.isASCII {
      guard let value = character.asciiValue else { return 1 }  // "\r\n"
      return value < 0x20 || value == 0x7F ? 0 : 1
    }
    var width = 0
    for scalar in character.unicodeScalars {
      if scalar.value == 0xFE0F { return 2 }  // emoji presentation selector
      if width == 0 { width = of(scalar) }
    }
    return width
  }

  /// Whether every byte is printable ASCII (one cell each, nothing to sanitise).
  public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// Cells taken by a string.
  public static func of(_ text: some StringProtocol) -> Int {
    if isPrintableASCII(text) { return text.utf8.count }
    if let simple = SimpleText.width(text) { return simple }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// Whether `text` takes at most `width` cells; stops counting once it does not.
  public static func fits(_ text: some StringProtocol, in width: Int) -> Bool {
    if isPrintableASCII(text) { return text.utf8.count <= width }
    if let simple = SimpleText.width(text) { return simple <= width }
    var total = 0
    for character in text {
      total += of(character)
      if total > width { return false }
    }
    return true
  }

  /// Cells taken by one scalar on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value < 0x20 ? 0 : 1 }
    if value < 0xA0 { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// East Asian Wide and Fullwidth ranges (after Markus Kuhn's wcwidth).
  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    return value <= 0x115F || value == 0x2329 || value == 0x232A
      || (0x2E80...0xA4CF).contains(value) && value != 0x303F
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE10...0xFE19).contains(value) || (0xFE30...0xFE6F).contains(value)
      || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
      || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
      || (0x20000...0x2FFFD).contains(value) || (0x30000...0x3FFFD).contains(value)
  }

  /// The longest prefix of `text` that fits in `width` cells; when text is cut, it ends in
  /// `ellipsis` (which counts towards the width). Never splits a wide character.
  public static func truncate(_ text: some StringProtocol, to width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if fits(text, in: width) { return String(text) }
    let ellipsisWidth = of(ellipsis)
    let room = width - ellipsisWidth
    guard room >= 0 else { return "" }
    if isPrintableASCII(text) {
      return String(decoding: text.utf8.prefix(room), as: UTF8.self) + ellipsis
    }
    var out = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > room { break }
      out.append(character)
      used += w
    }
    return out + ellipsis
  }

  /// The text truncated to `width` cells and padded with spaces to exactly `width` cells.
  public static func fit(
    _ text: some StringProtocol, to width: Int, alignRight: Bool = false, ellipsis: String = "…"
  ) -> String {
    let cut = truncate(text, to: width, ellipsis: ellipsis)
    let padding = String(repeating: " ", count: max(0, width - of(cut)))
    return alignRight ? padding + cut : cut + padding
  }

  /// The last part of `text` that fits in `width` cells, starting with `ellipsis` when cut:
  /// for paths, whose end matters most.
  public static func truncateLeading(
    _ text: some StringProtocol, to width: Int, ellipsis: String = "…"
  ) -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return String(text) }
    let room = width - of(ellipsis)
    guard room >= 0 else { return "" }
    var kept: [Character] = []
    var used = 0
    for character in text.reversed() {
      let w = of(character)
      if used + w > room { break }
      kept.append(character)
      used += w
    }
    return ellipsis + String(kept.reversed())
  }
}
