/// Reads dates from sentences: `28 Mar 2022`, `March 25`, `On 30 September`, `October 21st`,
/// `21-22 October`, `late July`, `2022-03-25`, `in August`, weekdays, `yesterday`.
///
/// Years left out are inferred from the reference (report) date: the latest such date not after
/// it. A date after the reference date is never returned; impossible dates are dropped.
public struct DateExtractor: Sendable {
  /// The report's own date, which yearless dates and weekday words are resolved against.
  public var reference: Day?
  /// When the report's date is only a guess (file time), the latest fully dated mention in the
  /// text: yearless dates are then placed at or after it instead of near the guess.
  public var anchor: Day?

  public init(reference: Day?, anchor: Day? = nil) {
    self.reference = reference
    self.anchor = anchor
  }

  /// The dates in `tokens` (one sentence), in order.
  public func mentions(in tokens: [TextToken]) -> [DateMention] {
    var result: [DateMention] = []
    let firstWords = DateExtractor.firstWordSet
    var i = 0
    while i < tokens.count {
      // Most tokens start no date: rejected from their fields in place, without a copy of the
      // token (copying and destroying one cost more than the rest of the test).
      guard Self.mayStartDate(tokens, at: i, firstWords) else {
        i += 1
        continue
      }
      if let (mention, next) = match(tokens, at: i) {
        if let mention { result.append(mention) }
        i = next
      } else {
        i += 1
      }
    }
    return result
  }

  // MARK: - Matching

  /// A date starting at token `i`, which ``mayStartDate(_:at:_:)`` let through, and the index
  /// after it. The mention is nil when a date phrase was recognised but rejected (after the
  /// reference date, impossible day).
  private func match(_ t: [TextToken], at i: Int) -> (DateMention?, Int)? {
    // 2022-03-25
    if let y = t[i].number, t[i].text.utf8.count == 4, (1900...2100).contains(y), t[i].following == "-",
      i + 2 < t.count, let m = t[i + 1].number, t[i + 1].following == "-", let d = t[i + 2].number
    {
      return (make(Day(year: y, month: m, day: d), .day, true, t, i..<(i + 3)), i + 3)
    }
    // 30 September [2018], 21-22 October, 21st of October
    if let d = dayNumber(t[i]), d >= 1, d <= 31 {
      var j = i + 1
      if j + 1 < t.count, t[i].following == "-" || t[j].folded == "to" || t[j].folded == "and" {
        let k = t[j].folded == "to" || t[j].folded == "and" ? j + 1 : j
        if k < t.count, dayNumber(t[k]) != nil, k + 1 < t.count, month(t[k + 1]) != nil { j = k + 1 }
      }
      if j < t.count, t[j].folded == "of" { j += 1 }
      if j < t.count, let m = month(t[j]) {
        if let y = year(t, j + 1) {
          return (make(Day(year: y, month: m, day: d), .day, true, t, i..<(j + 2)), j + 2)
        }
        return (inferred(month: m, day: d, t, i..<(j + 1)), j + 1)
      }
    }
    guard let m = month(t[i]) else { return relative(t, at: i) }
    // September 30[, 2018] / October, 26th
    if i + 1 < t.count, let d = dayNumber(t[i + 1]), d >= 1, d <= 31, !isYearToken(t[i + 1]) {
      if let y = year(t, i + 2) {
        return (make(Day(year: y, month: m, day: d), .day, true, t, i..<(i + 3)), i + 3)
      }
      return (inferred(month: m, day: d, t, i..<(i + 2)), i + 2)
    }
    // December 2017
    if let y = year(t, i + 1) {
      return (make(Day(year: y, month: m, day: 1), .month, true, t, i..<(i + 2)), i + 2)
    }
    // in August / late July / early March: a capitalised month name on its own.
    guard t[i].isCapitalized, monthLeadWords.contains(previousWord(t, i)) || t[i].folded.count > 3,
      !ambiguousMonths.contains(t[i].folded) || monthLeadWords.contains(previousWord(t, i))
    else { return nil }
    return (inferred(month: m, day: nil, t, i..<(i + 1)), i + 1)
  }

  /// yesterday, today, on Tuesday, last week, N days ago.
  private func relative(_ t: [TextToken], at i: Int) -> (DateMention?, Int)? {
    guard let reference else { return nil }
    let word = t[i].folded
    if let weekday = weekdays[word] {
      // "Tuesday" resolved to the latest Tuesday not after the report date.
      let back = (reference.weekday - weekday + 7) % 7
      return (mention(IncidentDate(day: reference.adding(days: -back)), false, t, i..<(i + 1)), i + 1)
    }
    switch word {
    case "yesterday":
      return (mention(IncidentDate(day: reference.adding(days: -1)), false, t, i..<(i + 1)), i + 1)
    case "today", "tonight":
      return (mention(IncidentDate(day: reference), false, t, i..<(i + 1)), i + 1)
    case "last" where i + 1 < t.count && t[i + 1].folded == "night":
      return (mention(IncidentDate(day: reference.adding(days: -1)), false, t, i..<(i + 2)), i + 2)
    default:
      break
    }
    if i + 2 < t.count, let n = t[i].number ?? NumberWords.value(of: t[i].folded), n < 60,
      t[i + 1].folded == "days" || t[i + 1].folded == "day", t[i + 2].folded == "ago"
    {
      return (mention(IncidentDate(day: reference.adding(days: -n)), false, t, i..<(i + 3)), i + 3)
    }
    return nil
  }

  // MARK: - Building dates

  private func make(
    _ day: Day?, _ precision: DatePrecision, _ explicitYear: Bool, _ t: [TextToken], _ range: Range<Int>
  ) -> DateMention? {
    guard let day else { return nil }
    if let reference {
      let latest = precision == .day ? day : day  // month precision starts on the 1st
      if latest > reference { return nil }
    }
    return mention(IncidentDate(day: day, precision: precision), explicitYear, t, range)
  }

  /// A month/day without year: placed in the latest year that keeps it on or before the
  /// reference date (or at or after the anchor when the reference is only a file time).
  private func inferred(
    month m: Int, day d: Int?, _ t: [TextToken], _ range: Range<Int>
  ) -> DateMention? {
    guard let reference else { return nil }
    let precision: DatePrecision = d == nil ? .month : .day
    if let anchor {
      for year in anchor.year...max(anchor.year, reference.year) {
        guard let day = Day(year: year, month: m, day: d ?? 1) else { continue }
        let end = d == nil ? Day(year: year, month: m, day: Day.daysIn(month: m, year: year)) ?? day : day
        if end >= anchor, day <= reference {
          return mention(IncidentDate(day: day, precision: precision), false, t, range)
        }
      }
    }
    guard d == nil || d! <= Day.daysIn(month: m, year: 2000) else { return nil }
    var year = reference.year
    var day = Day(year: year, month: m, day: d ?? 1)
    if day == nil, m == 2, d == 29 {  // 29 February: the latest leap year
      while day == nil, year > reference.year - 8 {
        year -= 1
        day = Day(year: year, month: m, day: 29)
      }
    }
    guard var found = day else { return nil }
    if found > reference {
      // A day shortly after the report date is a later reference (a claim, a report), not a
      // date of last year.
      if precision == .day, reference.days(to: found) <= 45 { return nil }
      guard let earlier = Day(year: found.year - 1, month: m, day: d ?? 1) else { return nil }
      found = earlier
    }
    return mention(IncidentDate(day: found, precision: precision), false, t, range)
  }

  /// The mention of `date` read from `t[range]`; a period bound when the word before the
  /// phrase says so ("since", "until"). (Asked only of dates found, not of every candidate.)
  private func mention(
    _ date: IncidentDate, _ explicitYear: Bool, _ t: [TextToken], _ range: Range<Int>
  ) -> DateMention {
    let role = periodWords.contains(previousWord(t, range.lowerBound)) ? DateMention.Role.period : .event
    return DateMention(
      date: date, role: role, hasExplicitYear: explicitYear, tokens: range, phrase: TextToken.phrase(t, range)
    )
  }

  // MARK: - Words

  /// Whether a date can start at this token, with at most one lookup: every pattern of
  /// ``match(_:at:)`` starts with digits, a month, a weekday, a relative word or a number word.
  /// (A speed-up only: a pattern starting with another word must add it to `firstWords`.)
  @inline(__always)
  private static func mayStartDate(_ t: [TextToken], at i: Int, _ firstWords: WordSet) -> Bool {
    if t[i].number != nil || firstWords.contains(t, at: i) { return true }
    guard let first = t[i].folded.utf8.first else { return false }
    return first >= 0x30 && first <= 0x39
  }

  private static let firstWordSet = WordSet(firstWords)

  private static let firstWords: Set<String> = Set(months.keys)
    .union(DateExtractor(reference: nil).weekdays.keys)
    .union(["yesterday", "today", "tonight", "last"])
    .union(NumberWords.table.keys)

  private func previousWord(_ t: [TextToken], _ i: Int) -> String { i > 0 ? t[i - 1].folded : "" }

  private func month(_ token: TextToken) -> Int? { DateExtractor.months[token.folded] }

  /// Four digits from 1900 to 2100. (A token with a number is written in ASCII digits, so its
  /// byte count is its length.)
  private func isYearToken(_ token: TextToken) -> Bool {
    guard let n = token.number, (1900...2100).contains(n) else { return false }
    return token.text.utf8.count == 4
  }

  private func year(_ t: [TextToken], _ i: Int) -> Int? {
    guard i < t.count, isYearToken(t[i]) else { return nil }
    return t[i].number
  }

  /// "21", "21st", "2nd", "30th".
  private func dayNumber(_ token: TextToken) -> Int? {
    if let n = token.number { return token.text.utf8.count <= 2 ? n : nil }
    let text = token.folded
    // Most candidates are ASCII words: "21st" read from its bytes (the same answer as below).
    if token.wordKey != 0 { return Self.asciiDayNumber(text) }
    guard text.count >= 3, text.count <= 4 else { return nil }
    let suffix = text.suffix(2)
    guard ["st", "nd", "rd", "th", "er"].contains(String(suffix)) else { return nil }
    return Int(text.dropLast(2))
  }

  /// ``dayNumber(_:)`` of a folded ASCII word (letters and digits only) that is no number: one
  /// or two digits, then "st", "nd", "rd", "th" or "er".
  static func asciiDayNumber(_ word: String) -> Int? {
    let bytes = Array(word.utf8)
    guard bytes.count >= 3, bytes.count <= 4 else { return nil }
    let suffix = (bytes[bytes.count - 2], bytes[bytes.count - 1])
    switch suffix {
    case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68), (0x65, 0x72): break  // st nd rd th er
    default: return nil
    }
    var value = 0
    for byte in bytes.dropLast(2) {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "janvier": 1, "february": 2, "feb": 2, "fevrier": 2, "march": 3,
    "mar": 3, "mars": 3, "april": 4, "apr": 4, "avril": 4, "may": 5, "mai": 5, "june": 6, "jun": 6,
    "juin": 6, "july": 7, "jul": 7, "juillet": 7, "august": 8, "aug": 8, "aout": 8, "september": 9,
    "sep": 9, "sept": 9, "septembre": 9, "october": 10, "oct": 10, "octobre": 10, "november": 11,
    "nov": 11, "novembre": 11, "december": 12, "dec": 12, "decembre": 12,
  ]

  /// Month names that are also common words; alone they need a lead word ("in May").
  private let ambiguousMonths: Set<String> = ["may", "march", "mars", "mai", "jan", "mar", "dec"]

  private let monthLeadWords: Set<String> = [
    "in", "early", "late", "mid", "since", "during", "until", "of", "from", "end", "beginning",
    "last", "this", "by", "en", "debut", "fin",
  ]

  private let periodWords: Set<String> = ["since", "until", "till", "from", "depuis", "before"]

  private let weekdays: [String: Int] = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
    "dimanche": 7,
  ]
}
