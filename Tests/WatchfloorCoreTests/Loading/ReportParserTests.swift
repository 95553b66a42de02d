import Testing
import WatchfloorCore

@Suite struct ReportParserTests {
  let parser = ReportParser()
  let fileDay = Day(year: 2024, month: 6, day: 30)!

  /// Every section's text sits at its UTF-8 offset in the body.
  func expectOffsetsValid(_ report: Report, sourceLocation: SourceLocation = #_sourceLocation) {
    let bytes = Array(report.body.utf8)
    for section in report.sections {
      let end = section.offset + section.text.utf8.count
      #expect(end <= bytes.count, sourceLocation: sourceLocation)
      guard end <= bytes.count else { continue }
      #expect(
        String(decoding: bytes[section.offset..<end], as: UTF8.self) == section.text,
        "section \(section.name)", sourceLocation: sourceLocation)
    }
  }

  @Test func alertWithHeaderDateAndSections() {
    let text = """
      03 Apr 2024 | 09:15 AM UTC
      Mali: Convoy struck on the road out of Gao
      A supply convoy was hit on April 2.
      Event
      Armed men fired on a convoy of trucks east of Gao on 2 April; three drivers died.
      Context
      The road has seen repeated attacks.
      ADVICE:
      Avoid road travel after dark.
      """
    let report = parser.parse(path: "a.txt", text: text, fileModified: fileDay)
    #expect(report.date == Day(year: 2024, month: 4, day: 3))
    #expect(report.dateSource == .header)
    #expect(report.title == "Mali: Convoy struck on the road out of Gao")
    #expect(report.kind == .alert)
    #expect(report.sections.map(\.name) == ["", "Event", "Context", "Advice"])
    #expect(report.section(named: "event")?.text.hasPrefix("Armed men fired") == true)
    #expect(report.section(named: "advice")?.text == "Avoid road travel after dark.")
    #expect(!report.sections.contains { $0.text.contains("09:15") })
    expectOffsetsValid(report)
  }

  @Test func briefWithSignificanceRisksAndSectors() {
    let text = """
      On 4 May, herders were attacked near Ménaka town and five died.
      Significance: Attacks of this kind tend to spread along the river.
      They may draw in militias.
      Risks: Terrorism; Civil unrest
      Sectors or assets affected: Transport; Mining


      """
    let report = parser.parse(path: "b.txt", text: text, fileModified: fileDay)
    #expect(report.kind == .brief)
    #expect(report.section(named: "Risks")?.text == "Terrorism; Civil unrest")
    #expect(report.section(named: "Sectors")?.text == "Transport; Mining")
    #expect(
      report.section(named: "Significance")?.text
        == "Attacks of this kind tend to spread along the river.\nThey may draw in militias.")
    #expect(report.sections.first?.name == "")
    #expect(report.sections.first?.text.hasPrefix("On 4 May") == true)
    #expect(report.dateSource == .fileModified)
    #expect(report.date == fileDay)
    expectOffsetsValid(report)
  }

  @Test(arguments: [
    ("2024-10-14", "2024-10-14"), ("14 October 2024", "2024-10-14"), ("October 14, 2024", "2024-10-14"),
    ("Monday, 14 October 2024", "2024-10-14"), ("26 March 2015", "2015-03-26"),
    ("14 octobre 2024", "2024-10-14"), ("3rd Sept 2021", "2021-09-03"),
  ])
  func bareDateLineAtTop(line: String, iso: String) {
    let report = parser.parse(
      path: "c.txt", text: "\(line)\n\nSoldiers patrolled the market in Ségou.", fileModified: fileDay)
    #expect(report.date?.iso == iso)
    #expect(report.dateSource == .dateLine)
    #expect(report.title == "Soldiers patrolled the market in Ségou.")
    #expect(report.sections.map(\.text) == ["Soldiers patrolled the market in Ségou."])
    expectOffsetsValid(report)
  }

  /// Press releases and agency stories put the place and date before their first sentence.
  @Test(arguments: [
    ("BAMAKO, 14 March 2023 – The mission condemned the attack on its convoy.", "2023-03-14"),
    ("Gao, Mali, 3 May 2024 (AFP) - Gunmen attacked a bus station.", "2024-05-03"),
    ("Bamako, le 14 mars 2023 : la mission condamne l'attaque.", "2023-03-14"),
    ("Headline about Ménaka\n\nMÉNAKA, January 5, 2025 — Shots were heard overnight.", "2025-01-05"),
  ])
  func newsDatelineDatesTheReport(text: String, iso: String) {
    let report = parser.parse(path: "n.txt", text: text, fileModified: fileDay)
    #expect(report.date?.iso == iso)
    #expect(report.dateSource == .dateline)
    // The dateline stays part of the text: it opens the first sentence.
    #expect(report.sections.contains { $0.text.contains(text.split(separator: "\n").last!) })
    expectOffsetsValid(report)
  }

  @Test(arguments: [
    "Gao, 3 May 2024 was a quiet day in the market.",
    "Gunmen attacked the market.\nMore.\nMore.\nMore.\nBamako, 14 March 2023 - The mission condemned it.",
    "gao, 3 May 2024 - lower-case place.",
    "Bamako, 14 March - no year.",
  ])
  func textThatIsNoDateline(text: String) {
    #expect(parser.parse(path: "n.txt", text: text, fileModified: fileDay).dateSource == .fileModified)
  }

  @Test func aDateLineWinsOverADateline() {
    let text = "4 April 2023\n\nBAMAKO, 3 April 2023 – The mission condemned the attack."
    let report = parser.parse(path: "n.txt", text: text, fileModified: fileDay)
    #expect(report.dateSource == .dateLine)
    #expect(report.date == Day(year: 2023, month: 4, day: 4))
  }

  @Test func dateFieldAndTitleField() {
    let text = "Title: Weekly round-up\nDate: 5 May 2023, 14:00 GMT\n\nQuiet week in Kayes."
    let report = parser.parse(path: "d.md", text: text, fileModified: fileDay)
    #expect(report.title == "Weekly round-up")
    #expect(report.date == Day(year: 2023, month: 5, day: 5))
    #expect(report.dateSource == .dateField)
    #expect(report.sections.map(\.text) == ["Quiet week in Kayes."])
  }

  @Test func yamlFrontMatter() {
    let text = """
      ---
      title: "Kidal situation note"
      date: 2023-07-01
      author: desk
      ---
      # Kidal situation note

      The town was calm on Friday.
      """
    let report = parser.parse(path: "e.md", text: text, fileModified: fileDay)
    #expect(report.title == "Kidal situation note")
    #expect(report.date == Day(year: 2023, month: 7, day: 1))
    #expect(report.dateSource == .frontMatter)
    #expect(!report.sections.contains { $0.text.contains("author") })
    #expect(report.sections.contains { $0.text.contains("The town was calm on Friday.") })
    expectOffsetsValid(report)
  }

  @Test func dateSourcePrecedence() {
    let all = "---\ndate: 2023-01-01\n---\n02 Feb 2023 | 10:00 AM UTC\nDate: 3 March 2023\nText."
    #expect(parser.parse(path: "p", text: all, fileModified: fileDay).dateSource == .frontMatter)
    let headerAndField = "02 Feb 2023 | 10:00 AM UTC\nDate: 3 March 2023\nText."
    let second = parser.parse(path: "p", text: headerAndField, fileModified: fileDay)
    #expect(second.dateSource == .header)
    #expect(second.date == Day(year: 2023, month: 2, day: 2))
    let fieldAndLine = "4 April 2023\nDate: 3 March 2023\nText."
    let third = parser.parse(path: "p", text: fieldAndLine, fileModified: fileDay)
    #expect(third.dateSource == .dateField)
    #expect(third.date == Day(year: 2023, month: 3, day: 3))
    let none = parser.parse(path: "p", text: "Nothing dated here.", fileModified: fileDay)
    #expect(none.dateSource == .fileModified)
    #expect(none.date == fileDay)
    let nothing = parser.parse(path: "p", text: "Nothing dated here.", fileModified: nil)
    #expect(nothing.date == nil)
    #expect(nothing.dateSource == nil)
  }

  @Test(arguments: ["31 February 2024", "3022-01-01", "2024-13-01", "March 2024"])
  func impossibleOrInexactDatesAreNotReportDates(line: String) {
    let report = parser.parse(path: "x", text: "\(line)\nText.", fileModified: fileDay)
    #expect(report.dateSource == .fileModified)
  }

  @Test func dateLaterInTheTextIsNotTheReportDate() {
    let text =
      "Gunmen attacked a village.\nMore text.\nMore.\nMore.\nMore.\nMore.\nMore.\nMore.\nMore.\n1 May 2024"
    #expect(parser.parse(path: "x", text: text, fileModified: fileDay).dateSource == .fileModified)
  }

  @Test func freeTextHeadingsStartFreeTextSections() {
    let text = """
      A bus was stopped on the road to Douentza.

      What You Need to Know

      The road has been closed twice this year.
      """
    let report = parser.parse(path: "n.txt", text: text, fileModified: fileDay)
    #expect(report.kind == .news)
    #expect(report.sections.map(\.name) == ["", ""])
    #expect(report.sections[1].text.hasPrefix("What You Need to Know"))
    #expect(report.sections[1].text.hasSuffix("closed twice this year."))
    expectOffsetsValid(report)
  }

  @Test func offsetsCountUTF8BytesWithAccentsAndEmoji() {
    let text = "Ménaka 🔥 alert\nEvent\nÉvénement à Tombouctou: deux blessés.\nAdvice\nRestez à l'abri."
    let report = parser.parse(path: "u.txt", text: text, fileModified: fileDay)
    let event = report.section(named: "Event")
    #expect(event?.offset == "Ménaka 🔥 alert\nEvent\n".utf8.count)
    expectOffsetsValid(report)
  }

  @Test func longTitleIsCutAtAWord() {
    let sentence = String(repeating: "word ", count: 60) + "end."
    let report = parser.parse(path: "t.txt", text: sentence, fileModified: nil)
    #expect(report.title.count <= 161)
    #expect(report.title.hasSuffix("…"))
  }

  @Test func paragraphTitleIsItsFirstSentence() {
    let text =
      "On 2 May, soldiers from the garrison at Ansongo repelled an attack on their base near the river. "
      + "Two attackers were killed. U.S. officials said more."
    let report = parser.parse(path: "p.txt", text: text, fileModified: nil)
    #expect(
      report.title
        == "On 2 May, soldiers from the garrison at Ansongo repelled an attack on their base near the river.")
  }

  @Test func emptyTextParses() {
    let report = parser.parse(path: "empty.txt", text: "", fileModified: nil)
    #expect(report.title == "")
    #expect(report.sections.isEmpty)
    #expect(report.kind == .news)
  }
}
