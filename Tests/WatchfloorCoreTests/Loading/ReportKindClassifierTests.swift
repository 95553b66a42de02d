import Testing
import WatchfloorCore

@Suite struct ReportKindClassifierTests {
  let parser = ReportParser()
  let fileDay = Day(year: 2024, month: 6, day: 30)!

  @Test func backgroundByTitle() {
    let report = parser.parse(
      path: "bg.txt", text: "Mali: Country Profile\n\nMali gained independence in 1960.",
      fileModified: fileDay)
    #expect(report.kind == .background)
  }

  @Test func backgroundByHeading() {
    let text = "Security overview\n\nBackground: How the conflict began\n\nFighting began years ago."
    #expect(parser.parse(path: "bg.txt", text: text, fileModified: fileDay).kind == .background)
  }

  @Test func backgroundByOldYearOnlyHistory() {
    var text = "Armed groups in the north have a long record.\n"
    for year in [1994, 2006, 2012, 2013, 2015, 2017] {
      text += "In \(year) the movement changed its leaders and alliances across the north of the country, "
      text += "taking towns and losing them again as the years went by.\n"
    }
    text += String(
      repeating: "Analysts describe shifting alliances and rivalries over trade routes. ", count: 10)
    let report = parser.parse(path: "h.txt", text: text, fileModified: fileDay)
    #expect(report.body.utf8.count >= 1500)
    #expect(report.kind == .background)
  }

  @Test func longNewsWithRecentExactDatesIsNews() {
    var text = "On 12 June, gunmen attacked a market near Bankass.\n"
    text += "On 14 June, soldiers pursued them. On June 20, a drone strike hit a camp.\n"
    text += "The army said in 2012 and 2013 and 2015 the area saw similar raids.\n"
    text += String(repeating: "Residents describe fear and displacement after the attacks. ", count: 30)
    #expect(parser.parse(path: "n.txt", text: text, fileModified: fileDay).kind == .news)
  }

  @Test func shortReportIsNeverBackgroundByHeuristic() {
    let text = "12 May 2020\n\nIn 2012, 2013 and 2015 there were attacks; on this day soldiers patrolled Gao."
    #expect(parser.parse(path: "s.txt", text: text, fileModified: fileDay).kind == .news)
  }

  @Test func eventAndAdviceWithoutHeaderIsAlert() {
    let text = "Mali: Alert\nEvent\nA checkpoint was attacked.\nAdvice\nStay alert."
    #expect(parser.parse(path: "a.txt", text: text, fileModified: fileDay).kind == .alert)
  }
}
