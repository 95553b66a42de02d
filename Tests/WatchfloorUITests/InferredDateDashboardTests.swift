import Testing
import WatchfloorCore

@testable import WatchfloorUI

/// A report without a date line: its incident's date is the file time, a guess the list, the
/// detail and the help must show as such.
@Suite struct InferredDateDashboardTests {
  static let day = Day(iso: "2024-06-28")!

  static func data(inferred: Bool) -> DashboardData {
    let incident = Incident(
      id: IncidentID("n-1"), date: IncidentDate(day: day), region: Region("Gao"), location: "Market",
      actors: ["JNIM"], eventType: .battles, fatalities: 2, summary: "Gunmen fired on a patrol.",
      source: "notes/undated.txt", sourceText: "Gunmen fired on a patrol.", span: 0..<1,
      isMainEvent: true, isDateInferred: inferred)
    let report = Report(
      path: "notes/undated.txt", title: "t", kind: .news, date: day,
      dateSource: inferred ? .fileModified : .header,
      sections: [ReportSection(name: "", text: "Gunmen fired on a patrol.", offset: 0)],
      body: "Gunmen fired on a patrol.", incidents: [incident])
    return DashboardData(
      corpus: Corpus(root: "/test", reports: [report], skipped: []), asOf: .fixed(day), loadedAt: "x")
  }

  @Test(arguments: [80, 120, 200])
  func listMarksAGuessedDate(width: Int) {
    var state = AppState(data: Self.data(inferred: true))
    state.setScreenSize(width: width, height: 40)
    #expect(Renderer.render(state, width: width, height: 40).text.contains("2024-06-28~"))
  }

  @Test func listLeavesAStatedDateUnmarked() {
    var state = AppState(data: Self.data(inferred: false))
    state.setScreenSize(width: 120, height: 40)
    let text = Renderer.render(state, width: 120, height: 40).text
    #expect(text.contains("2024-06-28") && !text.contains("2024-06-28~"))
  }

  @Test func detailSaysTheDateIsAGuess() {
    var state = AppState(data: Self.data(inferred: true))
    state.setScreenSize(width: 160, height: 50)
    _ = state.handle(.enter)
    #expect(state.isDetailOpen)
    let text = Renderer.render(state, width: 160, height: 50).text
    #expect(text.contains("2024-06-28 (guessed from the file"))
  }

  @Test func helpExplainsTheMark() {
    let text = HelpContent.lines(width: 100).map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
    #expect(text.contains("A date followed by ~ is guessed from the file time"))
  }
}
