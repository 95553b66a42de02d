/// Decides what kind of document a parsed report is.
///
/// - ``ReportKind/alert``: dated header line (or any top date) with `Event` and/or `Advice` sections.
/// - ``ReportKind/brief``: has a `Risks:` or `Sectors or assets affected:` line.
/// - ``ReportKind/background``: a reference text rather than news: its title or a heading says
///   so ("Background", "Terrorism Report", "Country profile", "History"), or it is long
///   (≥ ``longReportBytes``) and history-heavy: at least three year mentions, most of them two or
///   more years before the report date, and few day-exact dates (`16 January`, `March 25`).
/// - ``ReportKind/news``: everything else.
public struct ReportKindClassifier: Sendable {
  /// Reports shorter than this are never classified background by the history heuristic.
  public var longReportBytes = 1500

  public init() {}

  /// The kind of a report from its parts (see the type's documentation for the rules).
  public func classify(
    title: String, headings: [String], sections: [ReportSection], body: String, date: Day?,
    dateSource: ReportDateSource?
  ) -> ReportKind {
    let names = Set(sections.map(\.name))
    if names.contains("Event") || names.contains("Advice"),
      dateSource == .header || names.contains("Event") && names.contains("Advice")
    {
      return .alert
    }
    if names.contains("Risks") || names.contains("Sectors") { return .brief }
    if ([title] + headings).contains(where: Self.soundsLikeBackground) { return .background }
    if body.utf8.count >= longReportBytes, isHistoryHeavy(body, date: date) { return .background }
    return .news
  }

  static func soundsLikeBackground(_ heading: String) -> Bool {
    ["background", "history", "historical", "terrorism report", "country profile"].contains {
      containsWords(heading, $0)
    }
  }

  /// Whether `phrase` (lowercase ASCII) occurs in `text` as whole words, ignoring ASCII case.
  static func containsWords(_ text: String, _ phrase: String) -> Bool {
    let haystack = Array(text.utf8)
    let needle = Array(phrase.utf8)
    guard haystack.count >= needle.count else { return false }
    func isWordByte(_ byte: UInt8) -> Bool {
      (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }
    for start in 0...(haystack.count - needle.count) {
      if start > 0, isWordByte(haystack[start - 1]) { continue }
      var matched = true
      for (offset, expected) in needle.enumerated() {
        var byte = haystack[start + offset]
        if (0x41...0x5A).contains(byte) { byte += 0x20 }
        if byte != expected {
          matched = false
          break
        }
      }
      guard matched else { continue }
      let end = start + needle.count
      if end == haystack.count || !isWordByte(haystack[end]) { return true }
    }
    return false
  }

  /// Mostly old year-only dates and few exact days.
  func isHistoryHeavy(_ body: String, date: Day?) -> Bool {
    let scan = DateMentionScan(body)
    guard scan.years.count >= 3 else { return false }
    let reference = date?.year ?? scan.years.max()!
    let old = scan.years.filter { $0 <= reference - 2 }.count
    return old * 5 >= scan.years.count * 3 && scan.exactDays * 3 <= scan.years.count
  }
}
