/// Cuts a report body into named sections.
///
/// - `Event`, `Context`, `Advice`, `Significance` heading lines (only that word, any case,
///   optional colon or Markdown `#`) open a section of that name; `Significance: text` and
///   `Event: text` also open one with the text on the same line.
/// - `Risks: …` and `Sectors or assets affected: …` lines become one-line sections named
///   "Risks" and "Sectors".
/// - Other heading-like lines ("What You Need to Know", `## Timeline`) open a free-text
///   section (name "") that includes the heading line.
/// - Text before any heading is a free-text section.
///
/// Each section's text is trimmed of surrounding blank space and `offset` is the UTF-8 byte
/// offset of that trimmed text in the body, so `body.utf8[offset...]` starts with it. The text
/// is a slice of the body (no copy).
struct ReportSectionSplitter {
  let body: String
  let lines: [ReportLine]
  /// Metadata lines that belong to no section.
  let skipping: Set<Int>

  init(body: String, lines: [ReportLine], skipping: Set<Int>) {
    self.body = body
    self.lines = lines
    self.skipping = skipping
  }

  /// Sections in body order, and every heading line's text (for classification).
  struct Result {
    var sections: [ReportSection] = []
    var headings: [String] = []
  }

  /// The canonical section name when `line` is a known heading on its own ("Event", "ADVICE:").
  static func knownHeading(_ line: Substring) -> String? {
    guard line.utf8.count <= 24 else { return nil }
    let word = line.trimmingCharacters(in: " \t#*:").lowercased()
    return headingNames[word]
  }

  private static let headingNames: [String: String] = [
    "event": "Event", "events": "Event", "context": "Context", "advice": "Advice",
    "significance": "Significance",
  ]

  /// Labels whose text follows on the same line, with the section name they open.
  private static let inlineLabels: [(label: String, name: String, singleLine: Bool)] = [
    ("significance:", "Significance", false),
    ("risks:", "Risks", true),
    ("risk:", "Risks", true),
    ("sectors or assets affected:", "Sectors", true),
    ("sectors affected:", "Sectors", true),
    ("assets affected:", "Sectors", true),
    ("event:", "Event", false),
    ("context:", "Context", false),
    ("advice:", "Advice", false),
  ]

  func split(from start: Int) -> Result {
    var result = Result()
    var open: (name: String, from: String.Index)? = nil
    var lastEnd: String.Index? = nil

    func close(at end: String.Index?) {
      if let current = open, let end {
        appendSection(name: current.name, range: current.from..<max(current.from, end), to: &result)
      }
      open = nil
    }

    var index = start
    while index < lines.count {
      let line = lines[index]
      defer { index += 1 }
      if skipping.contains(index) {
        close(at: lastEnd)
        continue
      }
      if let name = Self.knownHeading(line.text) {
        close(at: lastEnd)
        result.headings.append(name)
        open = (name, line.text.endIndex)
        lastEnd = line.text.endIndex
        continue
      }
      if let (label, name, singleLine) = inlineLabel(line.text) {
        close(at: lastEnd)
        let textStart = line.text.index(line.text.startIndex, offsetBy: label.count)
        if singleLine {
          appendSection(name: name, range: textStart..<line.text.endIndex, to: &result)
          lastEnd = line.text.endIndex
          continue
        }
        open = (name, textStart)
        lastEnd = line.text.endIndex
        continue
      }
      if isGenericHeading(at: index) {
        close(at: lastEnd)
        result.headings.append(String(line.text.trimmingCharacters(in: " \t#*")))
        open = ("", line.text.startIndex)
      } else if open == nil {
        if line.isBlank {
          continue
        }
        open = ("", line.text.startIndex)
      }
      lastEnd = line.text.endIndex
    }
    close(at: lastEnd)
    return result
  }

  private func inlineLabel(_ text: Substring) -> (label: Substring, name: String, singleLine: Bool)? {
    guard let first = text.first, "sSrRaAeEcC".contains(first) else { return nil }
    // Every label ends in a colon, and lower-casing makes none: a line without one has no label.
    guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
    let lowered = text.prefix(40).lowercased()
    for entry in Self.inlineLabels where lowered.hasPrefix(entry.label) {
      return (text.prefix(entry.label.count), entry.name, entry.singleLine)
    }
    return nil
  }

  /// A short title-like line between blank lines, or a Markdown `#` heading.
  private func isGenericHeading(at index: Int) -> Bool {
    let text = lines[index].text
    // A first `Character` "#" is a first byte "#".
    if text.utf8.first == UInt8(ascii: "#"), text.hasPrefix("#") {
      return text.drop { $0 == "#" }.first == " "
    }
    guard text.utf8.count <= 240 else { return false }
    // The blank lines around it first: the cheapest test, and most lines fail it.
    let blankBefore = index == 0 || lines[index - 1].isBlank
    let blankAfter = index + 1 >= lines.count || lines[index + 1].isBlank
    guard blankBefore && blankAfter else { return false }
    let trimmed = text.trimmingSpaces()
    guard let first = trimmed.first, first.isUppercase, trimmed.count <= 60,
      let last = trimmed.last, !".,;!?\"”'’)".contains(last)
    else { return false }
    return trimmed.split(separator: " ").count <= 8
  }

  private func appendSection(name: String, range: Range<String.Index>, to result: inout Result) {
    let raw = body[range]
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" }
    guard let first = raw.firstIndex(where: { !isSpace($0) }) else {
      if !name.isEmpty {
        result.sections.append(
          ReportSection(
            name: name, text: body[range.lowerBound..<range.lowerBound], offset: utf8Offset(range.lowerBound))
        )
      }
      return
    }
    let last = raw.lastIndex(where: { !isSpace($0) })!
    let text = body[first...last]
    result.sections.append(ReportSection(name: name, text: text, offset: utf8Offset(first)))
  }

  private func utf8Offset(_ index: String.Index) -> Int {
    body.utf8.distance(from: body.utf8.startIndex, to: index)
  }
}
