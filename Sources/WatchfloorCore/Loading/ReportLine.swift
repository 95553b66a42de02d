/// One line of a report body with its UTF-8 byte offset.
struct ReportLine {
  /// The line without its `\n`.
  var text: Substring
  /// UTF-8 byte offset of the line's first byte in the body.
  var offset: Int

  var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }

  /// Splits a `\n`-normalised body into lines (the text after a final `\n` is an empty last line).
  static func split(_ body: String) -> [ReportLine] {
    var lines: [ReportLine] = []
    let utf8 = body.utf8
    var start = utf8.startIndex
    var startOffset = 0
    var offset = 0
    var index = utf8.startIndex
    while index < utf8.endIndex {
      if utf8[index] == 0x0A {
        lines.append(ReportLine(text: body[start..<index], offset: startOffset))
        start = utf8.index(after: index)
        startOffset = offset + 1
      }
      offset += 1
      index = utf8.index(after: index)
    }
    lines.append(ReportLine(text: body[start..<utf8.endIndex], offset: startOffset))
    return lines
  }
}
