/// One line of a report body with its UTF-8 byte offset.
struct ReportLine {
  /// The line without its `\n`.
  var text: Substring
  /// UTF-8 byte offset of the line's first byte in the body.
  var offset: Int

  var isBlank: Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

  /// Splits a `\n`-normalised body into lines (the text after a final `\n` is an empty last line).
  static func split(_ body: String) -> [ReportLine] {
    let utf8 = body.utf8
    let newlines =
      utf8.withContiguousStorageIfAvailable { bytes in
        bytes.indices.filter { bytes[$0] == 0x0A }
      } ?? utf8.indices.filter { utf8[$0] == 0x0A }.map { utf8.distance(from: utf8.startIndex, to: $0) }
    var lines: [ReportLine] = []
    lines.reserveCapacity(newlines.count + 1)
    var startOffset = 0
    var start = utf8.startIndex
    for newline in newlines {
      let end = utf8.index(start, offsetBy: newline - startOffset)
      lines.append(ReportLine(text: body[start..<end], offset: startOffset))
      start = utf8.index(after: end)
      startOffset = newline + 1
    }
    lines.append(ReportLine(text: body[start..<utf8.endIndex], offset: startOffset))
    return lines
  }
}
