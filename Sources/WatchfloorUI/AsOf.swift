public import WatchfloorCore

/// How the view's as-of day is chosen.
public enum AsOfChoice: Hashable, Sendable {
  /// The newest stated report date (file dates count only when no report states one).
  case newestReport
  /// Given with `--as-of`.
  case fixed(Day)
  /// Today, with `--now`; the day is passed in so rendering stays deterministic.
  case today(Day)
}

/// Where the shown as-of day came from; the header always says.
public enum AsOfSource: String, Hashable, Sendable {
  case newestReport = "newest report"
  case option = "--as-of"
  case today = "today"
  /// No report has a date: counting windows are empty.
  case none = "no dated reports"
}
