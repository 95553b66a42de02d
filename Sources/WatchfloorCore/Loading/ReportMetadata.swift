/// What the top of a report says about itself: front matter, header, date and title lines.
struct ReportMetadata {
  var frontMatterDate: Day?
  var headerDate: Day?
  var fieldDate: Day?
  var lineDate: Day?
  /// The date of a news dateline that opens the text (``ReportDateline``).
  var datelineDate: Day?
  var title: String?
  /// Lines that hold metadata and belong to no section.
  var lineIndices: Set<Int> = []

  /// The date by precedence: front matter, header, `Date:` line, bare date line, dateline.
  var bestDate: (day: Day, source: ReportDateSource)? {
    if let frontMatterDate { return (frontMatterDate, .frontMatter) }
    if let headerDate { return (headerDate, .header) }
    if let fieldDate { return (fieldDate, .dateField) }
    if let lineDate { return (lineDate, .dateLine) }
    if let datelineDate { return (datelineDate, .dateline) }
    return nil
  }

  /// Reads YAML front matter (`---` … `---`) at the very top.
  /// - Returns: the index of the first line after it (0 when there is none).
  mutating func readFrontMatter(_ lines: [ReportLine]) -> Int {
    guard let first = lines.first, first.text.trimmingSpaces() == "---" else { return 0 }
    let limit = min(lines.count, 200)
    guard
      let close = (1..<max(1, limit)).first(where: {
        let t = lines[$0].text.trimmingSpaces()
        return t == "---" || t == "..."
      })
    else { return 0 }
    for index in 0...close { lineIndices.insert(index) }
    for index in 1..<close {
      guard let (key, value) = Self.field(lines[index].text) else { continue }
      switch key {
      case "date", "published", "created":
        if frontMatterDate == nil {
          frontMatterDate = ReportDateText.leadingDate(in: value.trimmingCharacters(in: "\"' "))?.day
        }
      case "title":
        let t = value.trimmingCharacters(in: "\"' ")
        if !t.isEmpty { title = String(t) }
      default: break
      }
    }
    return close + 1
  }

  /// Reads header, date, `Date:` and `Title:` lines among the first `limit` non-blank lines.
  /// - Returns: the index of the first line after the leading metadata lines.
  mutating func readTopLines(_ lines: [ReportLine], from start: Int, limit: Int) -> Int {
    var seen = 0
    var index = start
    var contentStart = start
    var leading = true
    var textLines = 0
    while index < lines.count, seen < limit {
      let line = lines[index]
      defer { index += 1 }
      if line.isBlank {
        if leading { contentStart = index + 1 }
        continue
      }
      seen += 1
      if ReportSectionSplitter.knownHeading(line.text) != nil { break }
      if readMetadataLine(line.text, isFirst: seen <= 3) {
        lineIndices.insert(index)
        if leading { contentStart = index + 1 }
      } else {
        // The first or second line of text (after a headline) may open with a dateline; it
        // stays part of the text.
        textLines += 1
        if datelineDate == nil, textLines <= 2 { datelineDate = ReportDateline.date(in: line.text) }
        leading = false
      }
    }
    return contentStart
  }

  /// Records a metadata line; returns false when the line is ordinary text.
  private mutating func readMetadataLine(_ text: Substring, isFirst: Bool) -> Bool {
    guard text.utf8.count <= 300 else { return false }
    if let bar = text.utf8.firstIndex(of: UInt8(ascii: "|")),
      let day = ReportDateText.wholeLineDate(text[..<bar])
    {
      if headerDate == nil { headerDate = day }
      return true
    }
    if let (key, value) = Self.field(text) {
      switch key {
      case "date", "dated", "published", "posted":
        if let day = ReportDateText.leadingDate(in: value)?.day {
          if fieldDate == nil { fieldDate = day }
          return true
        }
      case "title":
        if title == nil, !value.isEmpty { title = String(value) }
        return true
      default: break
      }
    }
    if isFirst, let day = ReportDateText.wholeLineDate(text) {
      if lineDate == nil { lineDate = day }
      return true
    }
    return false
  }

  /// `key: value` with a one-word key, lowercased; nil for other lines.
  static func field(_ text: Substring) -> (key: String, value: Substring)? {
    guard let colon = text.utf8.prefix(16).firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let key = text[..<colon].trimmingSpaces()
    guard !key.isEmpty, key.count <= 12, key.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
    return (key.lowercased(), text[text.index(after: colon)...].trimmingSpaces())
  }
}
