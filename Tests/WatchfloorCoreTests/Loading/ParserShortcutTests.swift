import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The byte shortcuts of the parser give what the `Character` code they replaced gave: random
/// words and lines from pieces that stress them (month names and prefixes, case, accents,
/// combining marks, `\r`, commas).
@Suite struct ParserShortcutTests {
  static let pieces: [String] = [
    "jan", "Mar", "SEPT", "ember", "mai", "aoû", "fév", "oct", "é", "\u{301}", "\r", "\n", ",", " ", "1",
    "Gao", "x", "K", "\u{212A}", "-", "ß",
  ]

  static func random(_ generator: inout SplitMix64, pieces count: Int) -> String {
    (0..<Int(generator.next() % UInt64(count))).map { _ in
      pieces[Int(generator.next() % UInt64(pieces.count))]
    }.joined()
  }

  @Test func monthNumbersAreAsBefore() {
    var generator = SplitMix64(seed: 31)
    let words = ["janvier", "fevrier", "Febr", "SEP", "mar", "Mars", "juil", "ju", "decembre", "Octobre"]
    for word in words {
      #expect(ReportDateText.monthNumber(word) == ReferenceMonthNumber.of(word), "\(word)")
    }
    for _ in 0..<20_000 {
      let word = Self.random(&generator, pieces: 4)
      #expect(ReportDateText.monthNumber(word) == ReferenceMonthNumber.of(word), "\(word.debugDescription)")
    }
  }

  @Test func theDatelineCommaIsFoundAsBefore() {
    var generator = SplitMix64(seed: 5)
    for _ in 0..<20_000 {
      let line = Substring(Self.random(&generator, pieces: 40))
      #expect(
        ReportDateline.firstComma(in: line) == line.prefix(48).firstIndex(of: ","), "\(line.debugDescription)"
      )
    }
  }

  @Test func dateMentionsAreCountedAsBefore() {
    var generator = SplitMix64(seed: 12)
    let words = [
      "March", "16", "2020", "Sept", "1999", "MAY", "june", "Jun", "Octobers", "3", " ", ", ", "é",
    ]
    for _ in 0..<3_000 {
      let text = (0..<Int(generator.next() % 30)).map { _ in
        words[Int(generator.next() % UInt64(words.count))]
      }
      .joined(separator: generator.next() % 3 == 0 ? "" : " ")
      let scan = DateMentionScan(text)
      let expected = ReferenceDateMentionScan.scan(Array(text.utf8))
      #expect(
        scan.years == expected.years && scan.exactDays == expected.exactDays, "\(text.debugDescription)")
    }
  }
}

/// ``ReportDateText/monthNumber(_:)`` before its byte path and prefix table, kept as the oracle.
enum ReferenceMonthNumber {
  static let fullNames: [[String]] = [
    ["january", "janvier"], ["february", "fevrier"], ["march", "mars"], ["april", "avril"],
    ["may", "mai"], ["june", "juin"], ["july", "juillet"], ["august", "aout"],
    ["september", "septembre"], ["october", "octobre"], ["november", "novembre"],
    ["december", "decembre"],
  ]

  static let months: [String: Int] = {
    var table: [String: Int] = [:]
    for (index, names) in fullNames.enumerated() {
      for name in names { table[name] = index + 1 }
      table[String(names[0].prefix(3))] = index + 1
    }
    return table
  }()

  static func of(_ word: some StringProtocol) -> Int? {
    guard word.count >= 3, word.count <= 10, word.allSatisfy(\.isLetter) else { return nil }
    let key = word.allSatisfy(\.isASCII) ? word.lowercased() : TextFolding.key(word)
    guard key.count >= 3 else { return nil }
    if let month = months[key] { return month }
    for (index, names) in fullNames.enumerated() where names.contains(where: { $0.hasPrefix(key) }) {
      return index + 1
    }
    return nil
  }
}

/// ``DateMentionScan``'s scan before it compared month words as bytes, kept as the oracle.
enum ReferenceDateMentionScan {
  static func scan(_ bytes: [UInt8]) -> (years: [Int], exactDays: Int) {
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
      var lowered = ""
      for k in token.start..<token.end { lowered.unicodeScalars.append(Unicode.Scalar(bytes[k] | 0x20)) }
      guard monthWords.contains(lowered) else { continue }
      let neighbours = [position - 1, position + 1].filter { tokens.indices.contains($0) }
      if neighbours.contains(where: { value(tokens[$0], maxDigits: 2).map { (1...31).contains($0) } == true })
      {
        exactDays += 1
      }
    }
    return (years, exactDays)
  }

  static let monthWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
  ]
}
