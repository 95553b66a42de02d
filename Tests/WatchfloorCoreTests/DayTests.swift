import Testing
import WatchfloorCore

@Suite struct DayTests {
  @Test func ordinalRoundTrips() {
    for ordinal in stride(from: -500_000, through: 800_000, by: 997) {
      let day = Day(ordinal: ordinal)
      #expect(day.ordinal == ordinal)
      #expect(Day(year: day.year, month: day.month, day: day.day) == day)
    }
  }

  @Test func rejectsImpossibleDays() {
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 2022, month: 2, day: 31) == nil)
    #expect(Day(year: 2022, month: 13, day: 1) == nil)
  }

  @Test func weekdayAndIso() {
    let day = Day(year: 2022, month: 3, day: 28)!
    #expect(day.weekday == 1)  // a Monday
    #expect(day.iso == "2022-03-28")
    #expect(Day(iso: "2022-03-25") == Day(year: 2022, month: 3, day: 25))
    #expect(day.adding(days: 4).iso == "2022-04-01")
  }
}
