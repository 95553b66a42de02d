/// How the date of an incident is written in its sentence.
enum DatePhrase: Sendable {
  /// `On 12 March` / `on 12 March` (the report's year is implied).
  case dayMonth
  /// `On 12 March 2023`.
  case dayMonthYear
  /// `On Aug. 4`, as agency alerts write it.
  case abbreviated
  /// `In March 2023`.
  case monthYear
  /// `In 2016`.
  case year

  var precision: GeneratedDatePrecision {
    switch self {
    case .dayMonth, .dayMonthYear, .abbreviated: return .day
    case .monthYear: return .month
    case .year: return .year
    }
  }

  /// The phrase at the start of a sentence (`On 12 March`) or inside it (`on 12 March`).
  func render(_ day: CalendarDay, initial: Bool) -> String {
    switch self {
    case .dayMonth: return (initial ? "On " : "on ") + day.dayMonthText
    case .dayMonthYear: return (initial ? "On " : "on ") + day.longText
    case .abbreviated: return (initial ? "On " : "on ") + day.abbreviatedText
    case .monthYear: return (initial ? "In " : "in ") + day.monthYearText
    case .year: return (initial ? "In " : "in ") + String(day.year)
    }
  }
}
