import Testing
import WatchfloorCore

/// A report with no date line is dated by its file time: every incident date that rests on that
/// guess (the whole date, or the year of "21 October") is flagged; a date the text states in
/// full is not.
@Suite struct InferredDateTests {
  let extractor = IncidentExtractor()
  let fileDay = Day(year: 2026, month: 3, day: 9)!

  func incidents(_ text: String, source: ReportDateSource) -> [Incident] {
    let report = Report(
      path: "r.txt", title: "", kind: .news, date: fileDay, dateSource: source,
      sections: [ReportSection(name: "", text: text, offset: 0)], body: text)
    return extractor.extract(from: report)
  }

  @Test func anUndatedEventInAnUndatedReportIsAGuess() throws {
    let found = try #require(
      incidents("Militants ambushed an army convoy near Boni, killing six soldiers.", source: .fileModified)
        .first)
    #expect(found.date?.day == fileDay)
    #expect(found.isDateInferred)
    #expect(found.dateLabel == "2026-03-09~")
  }

  @Test func aYearlessDayInAnUndatedReportIsAGuess() throws {
    let found = try #require(
      incidents("On 14 February, gunmen killed four herders near Tessit.", source: .fileModified).first)
    #expect(found.date?.day.month == 2 && found.date?.day.day == 14)
    #expect(found.isDateInferred)
  }

  @Test func aFullDateInAnUndatedReportIsStated() throws {
    let found = try #require(
      incidents("On 14 February 2025, gunmen killed four herders near Tessit.", source: .fileModified).first)
    #expect(found.date?.day == Day(year: 2025, month: 2, day: 14))
    #expect(!found.isDateInferred)
    #expect(found.dateLabel == "2025-02-14")
  }

  @Test func aDatedReportGuessesNothing() throws {
    let found = try #require(
      incidents("On 14 February, gunmen killed four herders near Tessit.", source: .header).first)
    #expect(!found.isDateInferred)
    let undated = try #require(
      incidents("Militants ambushed an army convoy near Boni, killing six soldiers.", source: .dateLine).first
    )
    #expect(!undated.isDateInferred)
  }
}
