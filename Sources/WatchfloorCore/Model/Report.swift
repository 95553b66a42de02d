/// The kind of document a report file is, which decides how it is read.
public enum ReportKind: String, Sendable, Hashable, Codable {
  /// Dated header, Event / Context / Advice sections.
  case alert
  /// Analyst brief ending in `Risks:` and `Sectors or assets affected:` lines.
  case brief
  /// News article.
  case news
  /// Background or reference report: history, no new incidents.
  case background
}

/// Where a report's date came from.
public enum ReportDateSource: String, Sendable, Hashable, Codable {
  /// `28 Mar 2022 | 11:59 AM UTC` style header.
  case header
  /// A bare date line at the top.
  case dateLine
  /// A `Date:` line.
  case dateField
  /// YAML front matter `date:`.
  case frontMatter
  /// The file's modification time: inferred, not stated.
  case fileModified
  /// A news dateline opening the first paragraph (`BAMAKO, 14 March 2023 – …`).
  case dateline
}

/// A named part of a report.
public struct ReportSection: Hashable, Sendable {
  /// "Event", "Context", "Advice", "Significance", "Risks", "Sectors", or "" for free text.
  public var name: String
  /// The section's text. The parser and the cache make it a slice of the report's `body`, which
  /// it shares storage with (a report's text is held once, not once more per section).
  public var text: Substring
  /// UTF-8 byte offset of `text` within the report body.
  public var offset: Int

  public init(name: String, text: Substring, offset: Int) {
    self.name = name
    self.text = text
    self.offset = offset
  }

  /// A section holding its own copy of `text` (for reports built in code).
  public init(name: String, text: String, offset: Int) {
    self.init(name: name, text: Substring(text), offset: offset)
  }
}

/// One report file, parsed.
public struct Report: Hashable, Sendable {
  /// Path relative to the corpus root, with `/` separators.
  public var path: String
  public var title: String
  public var kind: ReportKind
  /// The report's own date; nil only when neither the text nor the file gives one.
  public var date: Day?
  public var dateSource: ReportDateSource?
  public var sections: [ReportSection]
  /// The whole text after decoding and line-ending normalisation.
  public var body: String
  public var incidents: [Incident]
  /// Warnings about this file that did not stop it loading (e.g. invalid UTF-8 replaced).
  public var warnings: [String]

  public init(
    path: String, title: String, kind: ReportKind, date: Day?, dateSource: ReportDateSource?,
    sections: [ReportSection], body: String, incidents: [Incident] = [], warnings: [String] = []
  ) {
    self.path = path
    self.title = title
    self.kind = kind
    self.date = date
    self.dateSource = dateSource
    self.sections = sections
    self.body = body
    self.incidents = incidents
    self.warnings = warnings
  }

  /// The first section with this name (case-insensitive), if any.
  public func section(named name: String) -> ReportSection? {
    sections.first { $0.name.lowercased() == name.lowercased() }
  }
}
