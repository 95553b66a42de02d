internal import Foundation

/// The day a view is computed for, and where that day came from, so the header can say which.
///
/// By default the as-of day is the date of the newest report that states its date, so a
/// historical corpus shows the picture of its own time rather than empty windows.
public struct AsOf: Hashable, Sendable, CustomStringConvertible {
  /// Where the as-of day came from.
  public enum Source: String, Hashable, Sendable, Codable {
    /// The newest date stated in a report (header, date line, `Date:` field, front matter).
    case newestReport
    /// No report states a date: the newest file modification day stands in.
    case newestFileDate
    /// Given explicitly (`--as-of DATE`).
    case explicit
    /// Today (`--now`, or an empty corpus).
    case today

    /// Short wording for a header: "newest report", "--as-of", "today", "file dates".
    public var label: String {
      switch self {
      case .newestReport: return "newest report"
      case .newestFileDate: return "file dates"
      case .explicit: return "--as-of"
      case .today: return "today"
      }
    }
  }

  public var day: Day
  public var source: Source

  public init(day: Day, source: Source) {
    self.day = day
    self.source = source
  }

  /// "2024-11-20 (newest report)".
  public var description: String { "\(day.iso) (\(source.label))" }

  /// Chooses the as-of day: `explicit` wins, then `useToday`, then the newest stated report
  /// date, then the newest file modification day, then `today`.
  /// - Parameter today: the current day, passed in so the result is deterministic in tests.
  public static func resolve(
    corpus: Corpus, explicit: Day? = nil, useToday: Bool = false, today: Day
  ) -> AsOf {
    if let explicit { return AsOf(day: explicit, source: .explicit) }
    if useToday { return AsOf(day: today, source: .today) }
    // One pass without copying reports: the dashboard resolves this on every reload.
    var stated: Day?
    var filed: Day?
    for report in corpus.reports {
      guard let date = report.date else { continue }
      if report.dateSource != .fileModified, stated.map({ date > $0 }) ?? true { stated = date }
      if filed.map({ date > $0 }) ?? true { filed = date }
    }
    if let stated { return AsOf(day: stated, source: .newestReport) }
    if let filed { return AsOf(day: filed, source: .newestFileDate) }
    return AsOf(day: today, source: .today)
  }

  /// Today's day in UTC.
  public static func todayUTC() -> Day {
    let seconds = Int(Date().timeIntervalSince1970.rounded(.down))
    return Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
  }
}
