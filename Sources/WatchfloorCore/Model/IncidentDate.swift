/// How exactly a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
  case day, month, year
}

/// A date as reports give it: a day, or only a month or a year.
///
/// For month and year precision, `day` is the first day of that period.
public struct IncidentDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var day: Day
  public var precision: DatePrecision

  public init(day: Day, precision: DatePrecision = .day) {
    self.day = day
    self.precision = precision
  }

  public static func < (lhs: IncidentDate, rhs: IncidentDate) -> Bool { lhs.day < rhs.day }

  /// `2022-03-25`, `2022-03` or `2022` depending on precision.
  public var description: String {
    switch precision {
    case .day: return day.iso
    case .month: return String(day.iso.prefix(7))
    case .year: return String(day.year)
    }
  }
}
