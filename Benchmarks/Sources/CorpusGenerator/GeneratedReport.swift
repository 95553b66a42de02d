/// The four kinds of report file Watchfloor reads.
public enum GeneratedReportFormat: String, Sendable, Hashable, CaseIterable {
  /// `21 Nov 2024 | 09:15 AM UTC` header, title, summary line, Event / Context / Advice.
  case alert
  /// `Date: 2024-10-03`, paragraphs, `Significance:`, `Risks:`, `Sectors or assets affected:`.
  case brief
  /// A date line (`14 October 2024`), a headline, paragraphs.
  case news
  /// A reference paper: history paragraphs with year-only and month dates.
  case background
}

/// One generated report file.
public struct GeneratedReport: Hashable, Sendable {
  /// Path relative to the corpus root, `/`-separated (`alerts/2023/alert-2023-04-02-gao-17.txt`).
  public var path: String
  public var format: GeneratedReportFormat
  /// The report's own date.
  public var date: CalendarDay
  public var title: String
  public var text: String
  public var incidents: [GeneratedIncident]
}
