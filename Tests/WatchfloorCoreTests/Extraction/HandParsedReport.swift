import Foundation
import WatchfloorCore

/// Builds a ``Report`` from raw text the way the loader does, well enough for extraction tests
/// that must not depend on the loader: a header date line, `Event`/`Context`/`Advice` headings,
/// `Significance:`, `Risks:` and `Sectors or assets affected:` lines.
enum HandParsedReport {
  static func make(
    path: String, text: String, kind: ReportKind = .news, fallbackDate: Day? = nil
  ) -> Report {
    var sections: [ReportSection] = []
    var name = ""
    var buffer = ""
    var bufferOffset = 0
    var offset = 0
    var date: Day?
    var source: ReportDateSource?
    var title = ""
    func flush() {
      if !buffer.isEmpty { sections.append(ReportSection(name: name, text: buffer, offset: bufferOffset)) }
      buffer = ""
    }
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineText = String(line)
      defer { offset += lineText.utf8.count + 1 }
      let trimmed = lineText.trimmingCharacters(in: .whitespaces)
      if index == 0, let day = headerDate(trimmed) {
        date = day
        source = .header
        continue
      }
      if title.isEmpty, !trimmed.isEmpty { title = trimmed }
      let heading = ["Event", "Context", "Advice", "What You Need to Know"].first { trimmed == $0 }
      let labelled = ["Significance", "Risks", "Sectors or assets affected"].first {
        trimmed.hasPrefix($0 + ":")
      }
      if let heading {
        flush()
        name = heading
        bufferOffset = offset + lineText.utf8.count + 1
        continue
      }
      if let labelled {
        flush()
        name = labelled == "Sectors or assets affected" ? "Sectors" : labelled
        let rest = String(lineText.dropFirst(labelled.count + 1))
        bufferOffset = offset + labelled.utf8.count + 1
        buffer = rest + "\n"
        flush()
        name = ""
        bufferOffset = offset + lineText.utf8.count + 1
        continue
      }
      if buffer.isEmpty { bufferOffset = offset }
      buffer += lineText + "\n"
    }
    flush()
    if date == nil, let fallbackDate {
      date = fallbackDate
      source = .fileModified
    }
    return Report(
      path: path, title: title, kind: kind, date: date, dateSource: source, sections: sections, body: text)
  }

  /// "28 Mar 2022 | 11:59 AM UTC" or "31 July 2020".
  private static func headerDate(_ line: String) -> Day? {
    let tokens = Tokenizer.tokens(of: line)
    guard tokens.count <= 8 else { return nil }
    let mentions = DateExtractor(reference: Day(year: 9999, month: 12, day: 31)!).mentions(in: tokens)
    guard let first = mentions.first, first.hasExplicitYear, first.tokens.lowerBound == 0 else { return nil }
    return first.date.day
  }
}
