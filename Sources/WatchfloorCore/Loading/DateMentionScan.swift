/// A quick count of date mentions in a text: four-digit years (1900–2099) and day-exact dates
/// (a capitalised month name next to a day number: `16 January`, `March 25`).
struct DateMentionScan {
  private(set) var years: [Int] = []
  private(set) var exactDays = 0

  init(_ text: String) {
    // Tokens: runs of ASCII letters or digits; everything else separates.
    var tokens: [Substring] = []
    var start: String.Index? = nil
    var kindIsDigit = false
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let value = scalars[index].value
      let isDigit = (0x30...0x39).contains(value)
      let isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      if let s = start, !(isDigit && kindIsDigit) && !(isLetter && !kindIsDigit) {
        tokens.append(Substring(scalars[s..<index]))
        start = nil
      }
      if start == nil, isDigit || isLetter {
        start = index
        kindIsDigit = isDigit
      }
      index = scalars.index(after: index)
    }
    if let s = start { tokens.append(Substring(scalars[s..<scalars.endIndex])) }

    for (position, token) in tokens.enumerated() {
      if token.first!.isNumber {
        if token.count == 4, let year = Int(token), (1900...2099).contains(year) { years.append(year) }
        continue
      }
      guard token.first!.isUppercase, Self.monthWords.contains(token.lowercased()) else { continue }
      let neighbours = [position - 1, position + 1].filter { tokens.indices.contains($0) }
      if neighbours.contains(where: {
        tokens[$0].count <= 2 && Int(tokens[$0]).map { (1...31).contains($0) } == true
      }) {
        exactDays += 1
      }
    }
  }

  private static let monthWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
}
