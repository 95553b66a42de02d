/// An incident as the risk model counts it: the day it is placed on and its age on the as-of day.
///
/// Placement by date precision:
/// - day: its own day; counts in every window, the weekly sparkline and the trend.
/// - month: the 15th of the month (or the as-of day if that is earlier); counts in the 30-day
///   window, the score and the baseline, but never in the 7-day window, the sparkline or the trend.
/// - year: 1 July (or the as-of day if earlier); counts only in the baseline (history).
/// Undated incidents are not counted at all.
///
/// A date guessed from the file time (``Incident/isDateInferred``: the report has no date line)
/// is placed like a day but never counts in the 7-day window, the sparkline or the trend: those
/// claim a week the file time cannot vouch for (a copied or re-saved file gets a new time).
public struct CountedIncident: Hashable, Sendable {
  public var incident: Incident
  /// The day the incident is placed on.
  public var day: Day
  /// Days from `day` to the as-of day (0 = the as-of day itself).
  public var age: Int
  public var precision: DatePrecision

  public init(incident: Incident, day: Day, age: Int, precision: DatePrecision) {
    self.incident = incident
    self.day = day
    self.age = age
    self.precision = precision
  }

  /// Places `incident` relative to `asOf`; nil when it is undated or after the as-of day.
  public init?(_ incident: Incident, asOf: Day) {
    guard let date = incident.date, date.day <= asOf else { return nil }
    let placed: Day
    switch date.precision {
    case .day: placed = date.day
    case .month: placed = min(Day(year: date.day.year, month: date.day.month, day: 15) ?? date.day, asOf)
    case .year: placed = min(Day(year: date.day.year, month: 7, day: 1) ?? date.day, asOf)
    }
    self.init(incident: incident, day: placed, age: placed.days(to: asOf), precision: date.precision)
  }

  /// True when the incident is placed on a day the text states: day precision, not guessed
  /// from the file time. Only these count in weeks (the 7-day window, sparkline and trend).
  public var isOnStatedDay: Bool { precision == .day && !incident.isDateInferred }
  /// In the last 7 days (age 0–6); stated days only (``isOnStatedDay``).
  public var isInLast7Days: Bool { isOnStatedDay && age < 7 }
  /// In the last 30 days (age 0–29); day or month precision.
  public var isInLast30Days: Bool { precision != .year && age < 30 }
  /// In the 52 weeks before the 30-day window (age 30–393); a year-precision incident of the
  /// current year (placed within the 30 days) counts here too, as history.
  public var isInBaseline: Bool { age < 30 + 364 && (age >= 30 || precision == .year) }
  /// Deaths, 0 when the text gave no number.
  public var deaths: Int { max(incident.fatalities ?? 0, 0) }
}
