internal import Foundation

/// Reads the tab-separated resource files bundled with WatchfloorCore.
enum ResourceText {
  /// The text of `name.ext` in the module bundle, or "" when it is missing.
  static func load(_ name: String, _ ext: String = "tsv") -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return "" }
    return text
  }

  /// The bytes of `name.ext` in the module bundle, or none when it is missing or unreadable.
  ///
  /// For a table read by its bytes (``VillageGazetteer``): no `String` is built, so the
  /// megabyte is neither validated nor copied twice. The file is written by the build script as
  /// UTF-8; its cells are decoded when a row is read.
  static func loadBytes(_ name: String, _ ext: String = "tsv") -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext),
      let data = FileManager.default.contents(atPath: url.path)
    else { return [] }
    return [UInt8](data)
  }

  /// Rows of a TSV text: `#` comments, blank lines and a header whose first cell is `header`
  /// are skipped; cells are split on tabs and trimmed of white space (as by
  /// `CharacterSet.whitespaces`).
  ///
  /// Works on the UTF-8 bytes: a line ends at any `Character.isNewline` scalar, which always
  /// forms a `Character` of its own (`\r\n` being one, whose halves both end lines), as a tab
  /// does; a line starts a comment when its first `Character` is `#`.
  static func rows(_ text: String, header: String) -> [[String]] {
    let bytes = Array(text.utf8)
    var rows: [[String]] = []
    var start = 0
    while start < bytes.count {
      var end = start
      var width = 0
      while end < bytes.count {
        width = newlineWidth(bytes, at: end)
        if width > 0 { break }
        end += 1
      }
      if end > start, !isComment(bytes, start, end) {
        let cells = cells(bytes, start, end)
        if let first = cells.first, !first.isEmpty, first != header { rows.append(cells) }
      }
      start = end + max(width, 1)
    }
    return rows
  }

  /// The tab-separated cells of `bytes[start..<end]`, each trimmed.
  private static func cells(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [String] {
    var cells: [String] = []
    var cellStart = start
    for i in start...end where i == end || bytes[i] == 0x09 {
      var a = cellStart
      var b = i
      while a < b, let width = whitespaceWidth(bytes, at: a, end: b) { a += width }
      while a < b, let width = trailingWhitespaceWidth(bytes, from: a, end: b) { b -= width }
      cells.append(String(decoding: bytes[a..<b], as: UTF8.self))
      cellStart = i + 1
    }
    return cells
  }

  /// Whether the line's first `Character` is `#`: the byte, and no scalar joined to it.
  private static func isComment(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    guard bytes[start] == 0x23 else { return false }
    guard start + 1 < end, bytes[start + 1] >= 0x80 else { return true }
    return String(decoding: bytes[start..<end], as: UTF8.self).hasPrefix("#")
  }

  /// The byte length of the newline scalar at `i` (U+000A–U+000D, U+0085, U+2028, U+2029), or 0.
  private static func newlineWidth(_ bytes: [UInt8], at i: Int) -> Int {
    let byte = bytes[i]
    if byte >= 0x0A && byte <= 0x0D { return 1 }
    if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 { return 2 }
    if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
      return 3
    }
    return 0
  }

  /// The byte length of the white-space scalar starting at `i` (before `end`), or nil.
  private static func whitespaceWidth(_ bytes: [UInt8], at i: Int, end: Int) -> Int? {
    let width = scalarWidth(bytes[i])
    guard i + width <= end, isWhitespace(bytes, at: i, width: width) else { return nil }
    return width
  }

  /// The byte length of the white-space scalar ending at `end`, or nil.
  private static func trailingWhitespaceWidth(_ bytes: [UInt8], from start: Int, end: Int) -> Int? {
    var lead = end - 1
    while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    let width = end - lead
    guard scalarWidth(bytes[lead]) == width, isWhitespace(bytes, at: lead, width: width) else { return nil }
    return width
  }

  private static func scalarWidth(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// What `CharacterSet.whitespaces` holds here: tab, the `Zs` scalars (U+0020, U+00A0, U+1680,
  /// U+2000–U+200A, U+202F, U+205F, U+3000) and U+200B (zero width space, once `Zs`).
  private static func isWhitespace(_ bytes: [UInt8], at i: Int, width: Int) -> Bool {
    switch width {
    case 1: return bytes[i] == 0x20 || bytes[i] == 0x09
    case 2: return bytes[i] == 0xC2 && bytes[i + 1] == 0xA0
    case 3:
      let (a, b, c) = (bytes[i], bytes[i + 1], bytes[i + 2])
      return (a == 0xE1 && b == 0x9A && c == 0x80)
        || (a == 0xE2 && b == 0x80 && (c <= 0x8B || c == 0xAF))
        || (a == 0xE2 && b == 0x81 && c == 0x9F) || (a == 0xE3 && b == 0x80 && c == 0x80)
    default: return false
    }
  }
}

extension ResourceText {
  /// Every `*.tsv` in the module bundle, sorted by name, with its bytes: what
  /// ``ExtractorIdentity`` digests (the same files ``load(_:_:)`` reads).
  static func digestText() -> String {
    let paths = Bundle.module.paths(forResourcesOfType: "tsv", inDirectory: nil).sorted()
    var parts: [String] = []
    for path in paths {
      let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>"
      let name = path.split(separator: "/").last.map(String.init) ?? path
      parts.append(name + "\t" + String(text.utf8.count) + "\n" + text)
    }
    return parts.joined(separator: "\n")
  }
}
