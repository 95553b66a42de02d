/// A quick count of date mentions in a text: four-digit years (1900–2099) and day-exact dates
/// (a capitalised month name next to a day number: `16 January`, `March 25`).
struct DateMentionScan {
  private(set) var years: [Int] = []
  private(set) var exactDays = 0

  init(_ text: String) {
    var text = text
    let (years, exactDays) = text.withUTF8 { Self.scan($0) }
    self.years = years
    self.exactDays = exactDays
  }

  /// The scan over UTF-8 bytes. Tokens are runs of ASCII letters or of ASCII digits; every
  /// other byte (including each byte of a non-ASCII scalar) separates them.
  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (years: [Int], exactDays: Int) {
    var tokens: [(start: Int, end: Int, isDigits: Bool)] = []
    var start = -1
    var kindIsDigit = false
    for (index, byte) in bytes.enumerated() {
      let isDigit = byte >= 0x30 && byte <= 0x39
      let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
      if start >= 0, !(isDigit && kindIsDigit) && !(isLetter && !kindIsDigit) {
        tokens.append((start, index, kindIsDigit))
        start = -1
      }
      if start < 0, isDigit || isLetter {
        start = index
        kindIsDigit = isDigit
      }
    }
    if start >= 0 { tokens.append((start, bytes.count, kindIsDigit)) }

    /// The value of a digit token of at most `maxDigits` digits.
    func value(_ token: (start: Int, end: Int, isDigits: Bool), maxDigits: Int) -> Int? {
      guard token.isDigits, token.end - token.start <= maxDigits else { return nil }
      var value = 0
      for k in token.start..<token.end { value = value * 10 + Int(bytes[k] - 0x30) }
      return value
    }
    var years: [Int] = []
    var exactDays = 0
    for (position, token) in tokens.enumerated() {
      if token.isDigits {
        if token.end - token.start == 4, let year = value(token, maxDigits: 4), (1900...2099).contains(year) {
          years.append(year)
        }
        continue
      }
      let length = token.end - token.start
      guard bytes[token.start] >= 0x41, bytes[token.start] <= 0x5A, length >= 3, length <= 9 else { continue }
      guard isMonthWord(bytes, token.start, token.end) else { continue }
      let neighbours = [position - 1, position + 1].filter { tokens.indices.contains($0) }
      if neighbours.contains(where: { value(tokens[$0], maxDigits: 2).map { (1...31).contains($0) } == true })
      {
        exactDays += 1
      }
    }
    return (years, exactDays)
  }

  /// Whether the ASCII letters `bytes[start..<end]`, lowercased, are one of ``monthWords``:
  /// compared as bytes, without building a `String` per capitalised word.
  private static func isMonthWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    monthWordBytes.contains { word in
      word.count == end - start && word.indices.allSatisfy { word[$0] == bytes[start + $0] | 0x20 }
    }
  }

  private static let monthWordBytes: [[UInt8]] = monthWords.sorted().map { Array($0.utf8) }

  private static let monthWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
}
