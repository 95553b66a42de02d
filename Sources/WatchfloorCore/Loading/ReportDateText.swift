/// Reads the calendar dates that reports put at their top: `28 Mar 2022`, `26 March 2015`,
/// `2024-10-14`, `March 26, 2015`, `Monday, 14 October 2024`, `14 octobre 2024`.
///
/// Only whole dates with a year count: a report's own date must be exact.
/// Years outside 1900…2100 are rejected as implausible.
public enum ReportDateText {
  /// The date at the start of `text`, and whether anything but a time or time zone follows it.
  /// - Returns: nil when `text` does not start with a date.
  public static func leadingDate(in text: some StringProtocol) -> (day: Day, rest: Substring)? {
    var tokens = Tokens(Substring(text))
    if let word = tokens.peekWord(), monthNumber(word) == nil, weekdays.contains(word.lowercased()) {
      tokens.skipWord()
      tokens.skipSeparators(", ")
    }
    if let iso = tokens.isoDate() { return plausible(iso, rest: tokens.rest) }
    if let found = dayMonthYear(tokens) ?? monthDayYear(tokens) {
      return plausible(found.day, rest: found.rest)
    }
    return nil
  }

  /// The date when `line` is nothing but a date, optionally followed by a time and time zone
  /// (`14 October 2024`, `2024-10-14 08:30 UTC`).
  public static func wholeLineDate(_ line: some StringProtocol) -> Day? {
    guard let (day, rest) = leadingDate(in: line.trimmingSpaces()) else { return nil }
    return isTimeOnly(rest) ? day : nil
  }

  /// Month number for an English or French month name or abbreviation, any case.
  public static func monthNumber(_ word: some StringProtocol) -> Int? {
    if let key = asciiLetterKey(word) {
      // Every byte an ASCII letter: the same tests without walking `Character`s.
      guard key.utf8.count >= 3, key.utf8.count <= 10 else { return nil }
      return months[key] ?? monthPrefixes[key]
    }
    guard word.count >= 3, word.count <= 10, word.allSatisfy(\.isLetter) else { return nil }
    let key = word.allSatisfy(\.isASCII) ? word.lowercased() : TextFolding.key(word)
    guard key.count >= 3 else { return nil }
    return months[key] ?? monthPrefixes[key]
  }

  /// `word` lowercased when every byte of it is an ASCII letter (each then a `Character` that
  /// is a letter), else nil.
  private static func asciiLetterKey(_ word: some StringProtocol) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(word.utf8.count)
    for byte in word.utf8 {
      let lower = byte | 0x20
      guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return nil }
      bytes.append(lower)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `28 Mar 2022`, `1st March 2022`, `28-Mar-2022`.
  private static func dayMonthYear(_ start: Tokens) -> (day: Day, rest: Substring)? {
    var t = start
    guard let d = t.number(maxDigits: 2) else { return nil }
    t.skipOrdinalSuffix()
    t.skipSeparators(" .-")
    guard let m = t.word().flatMap(monthNumber) else { return nil }
    t.skipSeparators(" .,-")
    guard let y = t.number(maxDigits: 4), let day = Day(year: y, month: m, day: d) else { return nil }
    return (day, t.rest)
  }

  /// `March 26, 2015`, `Oct. 14 2024`.
  private static func monthDayYear(_ start: Tokens) -> (day: Day, rest: Substring)? {
    var t = start
    guard let m = t.word().flatMap(monthNumber) else { return nil }
    t.skipSeparators(" .")
    guard let d = t.number(maxDigits: 2) else { return nil }
    t.skipOrdinalSuffix()
    t.skipSeparators(" ,")
    guard let y = t.number(maxDigits: 4), let day = Day(year: y, month: m, day: d) else { return nil }
    return (day, t.rest)
  }

  private static func plausible(_ day: Day, rest: Substring) -> (day: Day, rest: Substring)? {
    (1900...2100).contains(day.year) ? (day, rest) : nil
  }

  /// True when `rest` is empty or only a time of day and zone (`, 11:59 AM UTC`, `T08:30:00Z`).
  static func isTimeOnly(_ rest: some StringProtocol) -> Bool {
    let trimmed = rest.trimmingSpaces()
    if trimmed.isEmpty { return true }
    guard trimmed.contains(where: \.isNumber) || trimmed.count <= 3 else { return false }
    let stripped = trimmed.hasPrefix("T") ? Substring(trimmed.dropFirst()) : Substring(trimmed)
    return stripped.count <= 24 && stripped.allSatisfy { timeCharacters.contains($0) }
  }

  private static let timeCharacters = Set("0123456789:.,+- apmAPMutcgUTCGMTzZ()")

  private static let fullNames: [[String]] = [
    ["january", "janvier"], ["february", "fevrier"], ["march", "mars"], ["april", "avril"],
    ["may", "mai"], ["june", "juin"], ["july", "juillet"], ["august", "aout"],
    ["september", "septembre"], ["october", "octobre"], ["november", "novembre"],
    ["december", "decembre"],
  ]

  private static let months: [String: Int] = {
    var table: [String: Int] = [:]
    for (index, names) in fullNames.enumerated() {
      for name in names { table[name] = index + 1 }
      table[String(names[0].prefix(3))] = index + 1
    }
    return table
  }()

  /// Every prefix of three letters or more of a full month name → the first month (in
  /// calendar order) with a name starting so: what a walk over ``fullNames`` with `hasPrefix`
  /// returned. Only ASCII keys can be prefixes of these ASCII names.
  private static let monthPrefixes: [String: Int] = {
    var table: [String: Int] = [:]
    for (index, names) in fullNames.enumerated() {
      for name in names where name.count >= 3 {
        for length in 3...name.count where table[String(name.prefix(length))] == nil {
          table[String(name.prefix(length))] = index + 1
        }
      }
    }
    return table
  }()

  private static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  ]
}

/// A tiny cursor over a line for the date grammar above.
private struct Tokens {
  var rest: Substring

  init(_ text: Substring) { rest = text.drop { $0 == " " || $0 == "\t" } }

  func peekWord() -> Substring? {
    let word = rest.prefix { $0.isLetter }
    return word.isEmpty ? nil : word
  }

  mutating func skipWord() { rest = rest.drop { $0.isLetter } }

  mutating func word() -> Substring? {
    guard let word = peekWord() else { return nil }
    rest = rest.dropFirst(word.count)
    return word
  }

  mutating func number(maxDigits: Int) -> Int? {
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= maxDigits else { return nil }
    rest = rest.dropFirst(digits.count)
    return Int(digits)
  }

  /// Skips any run of the given separator characters; returns whether any were skipped.
  @discardableResult mutating func skipSeparators(_ characters: String) -> Bool {
    // Compares positions, not counts: counting walked the whole rest of the line twice.
    let before = rest.startIndex
    rest = rest.drop { characters.contains($0) || $0 == "\t" }
    return rest.startIndex != before
  }

  @discardableResult mutating func skipOrdinalSuffix() -> Bool {
    let head = rest.prefix(2).lowercased()
    for suffix in ["st", "nd", "rd", "th", "er"] where head == suffix {
      let after = rest.dropFirst(2)
      if after.first.map({ !$0.isLetter }) ?? true {
        rest = after
        return true
      }
    }
    return false
  }

  mutating func isoDate() -> Day? {
    var copy = self
    guard let y = copy.number(maxDigits: 4), y >= 1000, copy.rest.first == "-" else { return nil }
    copy.rest = copy.rest.dropFirst()
    guard let m = copy.number(maxDigits: 2), copy.rest.first == "-" else { return nil }
    copy.rest = copy.rest.dropFirst()
    guard let d = copy.number(maxDigits: 2), let day = Day(year: y, month: m, day: d) else { return nil }
    self = copy
    return day
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> Substring { trimmingCharacters(in: " \t") }
}
