import Testing
import WatchfloorCore

@Suite struct DateExtractorTests {
  let reportDay = Day(year: 2022, month: 3, day: 28)!  // a Monday

  func dates(_ text: String, reference: Day? = nil) -> [IncidentDate] {
    DateExtractor(reference: reference ?? reportDay).mentions(in: Tokenizer.tokens(of: text)).map(\.date)
  }

  func day(_ y: Int, _ m: Int, _ d: Int) -> IncidentDate {
    IncidentDate(day: Day(year: y, month: m, day: d)!)
  }

  @Test func absoluteForms() {
    #expect(dates("Fighting broke out on 28 Mar 2022 near Gao.") == [day(2022, 3, 28)])
    #expect(dates("The camp was shelled on 2022-03-25 at dawn.") == [day(2022, 3, 25)])
    #expect(dates("Officials said on March 25, 2021 that the road was closed.") == [day(2021, 3, 25)])
  }

  @Test func yearInferredFromTheReportDate() {
    #expect(dates("Officials announced March 25 that a strike hit the convoy.") == [day(2022, 3, 25)])
    #expect(dates("On 30 September, gunmen raided the village.") == [day(2021, 9, 30)])
    #expect(dates("The market was attacked on October 21st.") == [day(2021, 10, 21)])
    #expect(dates("Two children died on the night of 21-22 October.") == [day(2021, 10, 21)])
  }

  @Test func monthOnlyPrecision() {
    let late = dates("Losses during the late July battle were heavy.")
    #expect(late == [IncidentDate(day: Day(year: 2021, month: 7, day: 1)!, precision: .month)])
    let august = dates("In August, soldiers killed a commander.")
    #expect(august == [IncidentDate(day: Day(year: 2021, month: 8, day: 1)!, precision: .month)])
    let explicit = dates("The groups announced a merger in December 2017.")
    #expect(explicit == [IncidentDate(day: Day(year: 2017, month: 12, day: 1)!, precision: .month)])
  }

  @Test func weekdaysAndRelativeWords() {
    // 28 March 2022 is a Monday: "on Tuesday" is 22 March, "Monday" the report day itself.
    #expect(dates("Gunmen attacked a bus on Tuesday.") == [day(2022, 3, 22)])
    #expect(dates("A mine exploded on Monday morning.") == [day(2022, 3, 28)])
    #expect(dates("Protesters gathered yesterday in Bamako.") == [day(2022, 3, 27)])
    #expect(dates("The patrol was ambushed three days ago.") == [day(2022, 3, 25)])
  }

  @Test func neverAfterTheReportDateAndNoImpossibleDays() {
    #expect(dates("A meeting is planned for 15 April 2022.").isEmpty)
    #expect(dates("The group claimed the attack on March 30.").isEmpty)  // days after the report
    #expect(dates("Nothing happened on 31 February 2020.").isEmpty)
    #expect(dates("Nothing happened on 2021-13-40.").isEmpty)
  }

  @Test func monthWordsThatAreNotDates() {
    #expect(dates("Residents may march to the governorate.").isEmpty)
    #expect(dates("Villagers said the army may return.").isEmpty)
  }

  @Test func periodsAreMarkedAsContext() {
    let mentions = DateExtractor(reference: reportDay).mentions(
      in: Tokenizer.tokens(of: "Over 60 people have been killed since September."))
    #expect(mentions.map(\.role) == [.period])
  }

  @Test func anchorPlacesYearlessDatesAfterTheLatestStatedDate() {
    let fileTime = Day(year: 2026, month: 11, day: 23)!
    let extractor = DateExtractor(reference: fileTime, anchor: Day(year: 2017, month: 12, day: 1)!)
    let found = extractor.mentions(in: Tokenizer.tokens(of: "On 30 September, 22 civilians were killed."))
    #expect(found.map(\.date) == [day(2018, 9, 30)])
  }
}
