import WatchfloorCore

/// The newest report dates of a corpus, kept up to date as reports change, for the "newest
/// report" as-of day: the newest stated date (header or text), else the newest of any date
/// (file dates included), as ``AsOf/resolve(corpus:explicit:useToday:today:)`` chooses.
struct NewestReportDates: Sendable, Equatable {
  /// The newest date a report states (not taken from the file's modification time).
  private(set) var stated: Day?
  /// The newest date of any report.
  private(set) var any: Day?

  init(_ reports: [Report]) {
    for index in reports.indices {  // by index: iterating would copy every report
      fold(date: reports[index].date, source: reports[index].dateSource)
    }
  }

  /// The as-of day the newest-report rule gives, nil when no report is dated.
  var newest: Day? { stated ?? any }

  /// Takes the changes into account: each `old` report was replaced by `new` (nil when one
  /// appeared or disappeared); `reports` is the whole new list, scanned again only when a
  /// report that carried a newest date went away or changed.
  mutating func update(replacing changes: [(old: Report?, new: Report?)], in reports: [Report]) {
    for (old, _) in changes {
      guard let old, let date = old.date else { continue }
      if date == any || (old.dateSource != .fileModified && date == stated) {
        self = NewestReportDates(reports)
        return
      }
    }
    for (_, new) in changes {
      if let new { fold(date: new.date, source: new.dateSource) }
    }
  }

  private mutating func fold(date: Day?, source: ReportDateSource?) {
    guard let date else { return }
    if source != .fileModified, stated.map({ date > $0 }) ?? true { stated = date }
    if any.map({ date > $0 }) ?? true { any = date }
  }
}
