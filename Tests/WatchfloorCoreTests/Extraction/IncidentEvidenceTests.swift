import Testing
import WatchfloorCore

/// `explain`'s evidence: every field of an incident with the words it was read from.
@Suite struct IncidentEvidenceTests {
  let extractor = IncidentExtractor()

  /// A one-paragraph news note dated 20 May 2023 by its date line.
  func evidence(_ text: String) -> [IncidentEvidence] {
    extractor.explain(
      Report(
        path: "note.txt", title: "", kind: .news, date: Day(year: 2023, month: 5, day: 20),
        dateSource: .dateLine, sections: [ReportSection(name: "", text: text, offset: 0)], body: text))
  }

  @Test func eachFieldNamesItsWords() throws {
    let all = evidence(
      "On 14 May, JNIM fighters ambushed an army patrol near Boni, killing four soldiers.")
    let item = try #require(all.first)
    #expect(all.count == 1)
    #expect(item.incident.date == IncidentDate(day: Day(year: 2023, month: 5, day: 14)!))
    #expect(item.dateWords == "14 May")
    #expect(item.incident.location == "Boni")
    #expect(item.incident.region != nil)
    #expect(item.regionWords == "Boni")
    #expect(item.incident.actors.starts(with: ["JNIM", "FAMa"]))
    #expect(item.actorWords.contains("JNIM ← JNIM"))
    #expect(item.actorWords.contains("FAMa ← army patrol"))
    #expect(item.incident.eventType == .battles)
    #expect(item.eventWords.contains("ambushed"))
    #expect(item.incident.fatalities == 4)
    #expect(item.fatalityWords == "four")
    #expect(item.incident.isMainEvent)
    #expect(item.mainReason.hasPrefix("dated 0 days before"))
  }

  @Test func anUndatedSentenceSaysItTookTheReportDate() throws {
    let item = try #require(evidence("Gunmen killed two herders near Tessit.").first)
    #expect(item.incident.date?.day == Day(year: 2023, month: 5, day: 20))
    #expect(item.dateWords?.hasPrefix("no date in the sentence") == true)
    #expect(item.fatalityWords == "two")
  }

  @Test func actorsImpliedByTheTypeSaySo() throws {
    let item = try #require(
      evidence("On 18 May, hundreds of traders protested in Sikasso against new taxes.").first)
    #expect(item.incident.eventType == .protests)
    #expect(item.actorWords.contains("Protesters ← implied by the event type"))
    #expect(item.fatalityWords == nil)
  }
}
