/// Turns the decoded text of one report file into a ``Report`` (title, date, kind, sections),
/// without incidents; ``IncidentExtractor`` fills those in.
///
/// The report date is taken, in this order of precedence, from YAML front matter (`date:`),
/// a header line (`28 Mar 2022 | 11:59 AM UTC`), a `Date:` line near the top, a bare date line
/// at the top (`26 March 2015`), and otherwise the file's modification day (``ReportDateSource/fileModified``,
/// i.e. inferred). Metadata lines (front matter, header, date and `Title:` lines) are not part of
/// any section; every other line is.
public struct ReportParser: Sendable {
  /// How many non-blank lines at the top may hold the date, header or `Title:` lines.
  public var metadataLineLimit = 8
  /// Titles longer than this many characters are cut at a word boundary and end in `…`.
  public var titleLimit = 160

  public init() {}

  /// Parses `text` (already decoded, line endings normalised to `\n`).
  /// - Parameter fileModified: the file's modification day, used when the text states no date.
  public func parse(path: String, text: String, fileModified: Day?) -> Report {
    let lines = ReportLine.split(text)
    var metadata = ReportMetadata()
    var contentStart = metadata.readFrontMatter(lines)
    contentStart = metadata.readTopLines(lines, from: contentStart, limit: metadataLineLimit)

    let splitter = ReportSectionSplitter(body: text, lines: lines, skipping: metadata.lineIndices)
    let split = splitter.split(from: contentStart)

    var date = metadata.bestDate
    if date == nil, let fileModified { date = (fileModified, .fileModified) }
    let title = makeTitle(metadata.title ?? firstTextLine(lines, from: contentStart, metadata: metadata))
    let kind = ReportKindClassifier().classify(
      title: title, headings: split.headings, sections: split.sections, body: text,
      date: date?.day, dateSource: date?.source)
    return Report(
      path: path, title: title, kind: kind, date: date?.day, dateSource: date?.source,
      sections: split.sections, body: text)
  }

  private func firstTextLine(_ lines: [ReportLine], from start: Int, metadata: ReportMetadata) -> String {
    for index in start..<lines.count where !metadata.lineIndices.contains(index) {
      let trimmed = lines[index].text.trimmingCharacters(in: " \t#")
      if trimmed.isEmpty || ReportSectionSplitter.knownHeading(lines[index].text) != nil { continue }
      return String(trimmed)
    }
    return ""
  }

  /// The title from its source line: the first sentence of a paragraph when that is short
  /// enough, else the line cut at a word boundary with `…`.
  private func makeTitle(_ raw: String) -> String {
    let title = raw.trimmingCharacters(in: " \t\u{A0}\"'")
    // `longer(than:)` walks at most that many characters; `count` walked the whole line.
    if longer(title, than: 100), let sentence = Self.firstSentence(title), !longer(sentence, than: titleLimit)
    {
      return String(sentence)
    }
    guard longer(title, than: titleLimit) else { return String(title) }
    let cut = title.prefix(titleLimit)
    let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
    return atWord.trimmingCharacters(in: " ,;:") + "…"
  }

  /// Whether `text` has more than `limit` characters.
  private func longer(_ text: Substring, than limit: Int) -> Bool { !text.dropFirst(limit).isEmpty }

  /// Text up to the first `. ` that is followed by an uppercase letter.
  ///
  /// Such a `.` and space are the bytes `. `, so only those places are looked at as characters
  /// (a `.` that is not a character boundary, or joined to a mark, is skipped as before).
  static func firstSentence(_ text: Substring) -> Substring? {
    let utf8 = text.utf8
    var from = utf8.startIndex
    while let dot = utf8[from...].firstIndex(of: 0x2E) {
      let space = utf8.index(after: dot)
      guard space < utf8.endIndex else { return nil }
      from = space
      guard utf8[space] == 0x20, let dot = String.Index(dot, within: text), text[dot] == "." else { continue }
      let next = text.index(after: dot)
      if next < text.endIndex, text[next] == " " {
        let after = text.index(after: next)
        if after < text.endIndex, text[after].isUppercase { return text[...dot] }
      }
    }
    return nil
  }
}

extension StringProtocol {
  /// The text without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> Substring {
    let s = self[...]
    let start = s.firstIndex { !set.contains($0) } ?? s.endIndex
    let end = s[start...].lastIndex { !set.contains($0) }.map { s.index(after: $0) } ?? start
    return Substring(s[start..<end])
  }
}
