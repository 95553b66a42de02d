/// Reads a news dateline: the place and date that open a press release or an agency story, on
/// the same line as its first sentence (`BAMAKO, 14 March 2023 – The mission condemns …`,
/// `Gao, Mali, 3 May 2024 (AFP) - …`, `Bamako, le 14 mars 2023 : …`).
///
/// The place is one to four capitalised words, optionally followed by a second such part after a
/// comma (`Bamako, Mali`); the date must be whole, with its year (``ReportDateText``); a dash, a
/// colon or a parenthesis (the agency) must follow it, so that a sentence which merely starts
/// with a place and a date ("Gao, 3 May 2024 was quiet") is not read as one.
enum ReportDateline {
  /// The dateline's date when `line` opens with one.
  static func date(in line: Substring) -> Day? {
    guard line.utf8.count >= 12, let first = line.first, first.isUppercase else { return nil }
    var rest = line
    // The place: up to two comma-separated parts of capitalised words.
    var parts = 0
    while parts < 2, let comma = firstComma(in: rest) {
      guard isPlace(rest[..<comma]) else { break }
      parts += 1
      rest = rest[rest.index(after: comma)...].drop(while: { $0 == " " })
      if let found = dateOpening(rest) { return found }
    }
    return nil
  }

  /// `text.prefix(48).firstIndex(of: ",")`, by the bytes while they are ASCII (each then a
  /// `Character` of its own; `\r` may join the next): most lines have no comma that early.
  static func firstComma(in text: Substring) -> Substring.Index? {
    let utf8 = text.utf8
    var index = utf8.startIndex
    var count = 0
    while index < utf8.endIndex, count < 48 {
      let byte = utf8[index]
      guard byte < 0x80, byte != 0x0D else { return text.prefix(48).firstIndex(of: ",") }
      if byte == UInt8(ascii: ",") {
        let next = utf8.index(after: index)
        // A scalar outside ASCII after the comma may join it into a larger `Character`.
        guard next == utf8.endIndex || utf8[next] < 0x80 else { return text.prefix(48).firstIndex(of: ",") }
        return index
      }
      count += 1
      index = utf8.index(after: index)
    }
    return nil
  }

  /// The date at the start of `text` ("le" allowed before it), when a dash, colon or
  /// parenthesis follows it.
  private static func dateOpening(_ text: Substring) -> Day? {
    var text = text
    if text.hasPrefix("le ") { text = text.dropFirst(3) }
    guard let (day, after) = ReportDateText.leadingDate(in: text) else { return nil }
    let next = after.drop(while: { $0 == " " || $0 == "\u{A0}" }).first
    guard let next, "-–—:(".contains(next) else { return nil }
    return day
  }

  /// One to four words, each starting with a capital letter, of letters, `'`, `-` and `.` only.
  private static func isPlace(_ text: Substring) -> Bool {
    let words = text.split(separator: " ")
    guard (1...4).contains(words.count) else { return false }
    return words.allSatisfy { word in
      guard let first = word.first, first.isUppercase else { return false }
      return word.allSatisfy { $0.isLetter || "'’-.".contains($0) }
    }
  }
}
