/// A file in the corpus folder that was not loaded as a report, and why.
public struct SkippedFile: Hashable, Sendable {
  public enum Reason: Hashable, Sendable {
    /// Hidden files, editor swap/backup files and the like: ignored on purpose.
    case ignored(String)
    /// Not a report type we read (e.g. `.pdf`), or binary content.
    case notText(String)
    /// Could not be read or parsed; a real failure that `check` reports with exit 1.
    case failed(String)
  }
  /// Path relative to the corpus root.
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// True when this is a failure rather than a deliberate skip.
  public var isFailure: Bool {
    if case .failed = reason { return true }
    return false
  }

  /// Human-readable reason.
  public var message: String {
    switch reason {
    case .ignored(let m), .notText(let m), .failed(let m): return m
    }
  }
}

/// The loaded corpus: every report and every file that was skipped.
public struct Corpus: Sendable {
  /// Absolute path of the corpus directory.
  public var root: String
  /// Reports sorted by path.
  public var reports: [Report] {
    didSet { incidentOrder = IncidentOrderCache() }
  }
  public var skipped: [SkippedFile]
  /// ``incidents``, sorted on first use and kept until `reports` change (shared by copies of
  /// this value while their reports are the same).
  private var incidentOrder = IncidentOrderCache()

  public init(root: String, reports: [Report], skipped: [SkippedFile]) {
    self.root = root
    self.reports = reports
    self.skipped = skipped
  }

  /// All incidents of all reports, newest first (undated last), ties by id. Sorted on the
  /// first read of a snapshot, then cached: later reads cost nothing.
  public var incidents: [Incident] {
    incidentOrder.value { reports.flatMap(\.incidents).sorted(by: Incident.newestFirst) }
  }

  /// Earliest and latest report dates.
  public var dateSpan: ClosedRange<Day>? {
    let days = reports.compactMap(\.date)
    guard let lo = days.min(), let hi = days.max() else { return nil }
    return lo...hi
  }
}

extension Incident {
  /// Ordering for lists: newest first, undated last, then by id for stability.
  public static func newestFirst(_ a: Incident, _ b: Incident) -> Bool {
    switch (a.date, b.date) {
    case (let x?, let y?) where x.day != y.day: return x.day > y.day
    case (.some, .none): return true
    case (.none, .some): return false
    default: return a.id < b.id
    }
  }
}
