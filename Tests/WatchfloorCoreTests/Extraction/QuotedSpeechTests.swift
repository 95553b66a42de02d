import Testing
import WatchfloorCore

/// Quoted eyewitness accounts and statements that retell an event join that event instead of
/// becoming incidents of their own (own wording, after the shapes of news and NGO reports).
@Suite struct QuotedSpeechTests {
  let extractor = IncidentExtractor()

  func incidents(_ text: String) -> [Incident] {
    let report = Report(
      path: "q.txt", title: "", kind: .news, date: Day(year: 2025, month: 5, day: 20), dateSource: .header,
      sections: [ReportSection(name: "", text: text, offset: 0)], body: text)
    return extractor.extract(from: report)
  }

  @Test func anEyewitnessQuoteInTheNextParagraphIsNoNewIncident() throws {
    let found = incidents(
      "On 12 May, a drone strike hit a weekly market near Léré, killing at least nine civilians.\n\n"
        + "A trader who was there said: “The drone circled for an hour. Then it fired on the crowd. "
        + "Six people died next to me.”")
    #expect(found.count == 1)
    #expect(found.first?.fatalities == 9)
  }

  @Test func aQuoteWhoseOpeningMarkIsInAnEarlierParagraphStillJoins() throws {
    let found = incidents(
      "On 3 May, gunmen stopped a bus near Bandiagara and killed five passengers.\n\n"
        + "A survivor spoke to reporters. “They came out of the bush at dawn.\n\n"
        + "Two more passengers died on the way to the hospital in Sévaré. The driver is still missing.”")
    #expect(found.count == 1)
    #expect(found.first?.location == "Bandiagara")
  }

  @Test func aLaterStatementWithNoNewPlaceRetellsTheIncident() {
    let found = incidents(
      "On 7 May, militants attacked the gendarmerie post at Koro, killing four gendarmes.\n\n"
        + "The post had been reinforced a month before.\n\n"
        + "The army said it had killed ten of the attackers.")
    #expect(found.count == 1)
  }

  @Test func aStatementAboutAnotherPlaceIsAnotherIncident() {
    let found = incidents(
      "On 7 May, militants attacked the gendarmerie post at Koro, killing four gendarmes.\n\n"
        + "The post had been reinforced a month before.\n\n"
        + "The army said it had killed ten militants in an air strike near Tenenkou.")
    #expect(found.count == 2)
  }

  @Test func quotedSentencesAreFoundAcrossSentencesAndParagraphs() {
    let text =
      "Gunmen attacked the town. A resident said: “They burned the market. Nobody helped us.”\n\n"
      + "Police arrived later. The so-called “defence group” fled.\n\n"
      + "The school was spared. Teachers left the next day.”"
    let sentences = SentenceSplitter.sentences(in: text)
    #expect(sentences.count == 7)
    #expect(QuotedSpeech.flags(sentences) == [false, true, true, false, false, true, true])
  }
}
