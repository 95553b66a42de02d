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
    var offset = 0
    for piece in body.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(ReportLine(text: piece, offset: offset))
      offset += piece.utf8.count + 1
    }
    return lines
  }
}
