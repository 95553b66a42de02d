/// Turns the decoded text of one report file into a ``Report`` (title, date, kind, sections),
/// without incidents; ``IncidentExtractor`` fills those in.
///
/// SCAFFOLD: the loading helper replaces this with the real parser.
public struct ReportParser: Sendable {
  public init() {}

  /// Parses `text` (already decoded, line endings normalised to `\n`).
  /// - Parameter fileModified: the file's modification day, used when the text states no date.
  public func parse(path: String, text: String, fileModified: Day?) -> Report {
    Report(
      path: path, title: String(text.prefix { $0 != "\n" }), kind: .news, date: fileModified,
      dateSource: fileModified == nil ? nil : .fileModified,
      sections: [ReportSection(name: "", text: text, offset: 0)], body: text)
  }
}
