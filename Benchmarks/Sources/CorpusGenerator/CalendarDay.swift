import WatchfloorCore

/// A calendar day for the generator, with the text forms reports use; the arithmetic is
/// WatchfloorCore's ``Day``.
public struct CalendarDay: Hashable, Comparable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Days since 1970-01-01, by WatchfloorCore's calendar arithmetic.
  public var ordinal: Int {
    guard let valid = Day(year: year, month: month, day: day) else {
      preconditionFailure("the generator made an impossible day \(year)-\(month)-\(day)")
    }
    return valid.ordinal
  }

  /// The day with the given ordinal.
  public init(ordinal: Int) {
    let day = Day(ordinal: ordinal)
    self.init(year: day.year, month: day.month, day: day.day)
  }

  public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int { Day(ordinal: ordinal).weekday }

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
