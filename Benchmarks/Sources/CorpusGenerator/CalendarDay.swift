/// A calendar day for the generator (kept independent of WatchfloorCore so the generator builds
/// whatever the main package's API looks like).
public struct CalendarDay: Hashable, Comparable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The day with the given ordinal (civil_from_days).
  public init(ordinal: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int { ((ordinal % 7 + 7) % 7 + 3) % 7 + 1 }

  /// `2024-10-03`.
  public var iso: String { "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }

  /// `3 October 2024`.
  public var longText: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

  /// `03 Oct 2024`.
  public var headerText: String {
    "\(Self.twoDigits(day)) \(Self.monthNames[month - 1].prefix(3)) \(year)"
  }

  /// `3 October` (no year).
  public var dayMonthText: String { "\(day) \(Self.monthNames[month - 1])" }

  /// `Oct. 3` (news-agency style; May, June and July are not abbreviated).
  public var abbreviatedText: String {
    let name = Self.monthNames[month - 1]
    let short = name.count <= 4 ? name : String(name.prefix(3)) + "."
    return "\(short) \(day)"
  }

  /// `October 2024`.
  public var monthYearText: String { "\(Self.monthNames[month - 1]) \(year)" }

  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  public static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }
}
