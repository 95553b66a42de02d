import Testing
import WatchfloorCore

@testable import WatchfloorUI

/// One attack told by two files: one incident in the pane counts, both files in the detail.
@Suite struct GroupedIncidentDashboardTests {
  static let day = Day(iso: "2024-06-28")!

  static func incident(_ id: String, _ region: String, deaths: Int?) -> Incident {
    Incident(
      id: IncidentID(id), date: IncidentDate(day: day), region: Region(region), location: "Market",
      actors: ["JNIM"], eventType: .battles, fatalities: deaths, summary: "An attack on a post.",
      source: "", sourceText: "An attack on a post.", span: 0..<1, isMainEvent: true)
  }

  static func report(_ path: String, _ incidents: [Incident]) -> Report {
    Report(
      path: path, title: "t", kind: .news, date: day, dateSource: .header,
      sections: [ReportSection(name: "", text: "An attack on a post.", offset: 0)],
      body: "An attack on a post.",
      incidents: incidents.map {
        var i = $0; i.source = path; return i
      })
  }

  /// Gao (watched) and Bamako (in "Other") each get one attack told by two files.
  static func data() -> DashboardData {
    let corpus = Corpus(
      root: "/test",
      reports: [
        report(
          "alerts/gao.txt", [incident("g-1", "Gao", deaths: 4), incident("b-1", "Bamako", deaths: nil)]),
        report("news/gao.txt", [incident("g-2", "Gao", deaths: 4), incident("b-2", "Bamako", deaths: 9)]),
      ], skipped: [])
    return DashboardData(corpus: corpus, asOf: .fixed(day), loadedAt: "x")
  }

  @Test func paneCountsTheGroupOnce() {
    let data = Self.data()
    let gao = data.panes.first { $0.name == "Gao" }!.assessment
    #expect(gao.incidents7 == 1 && gao.deaths7 == 4)
    let other = data.panes[data.otherPaneIndex].assessment
    #expect(other.incidents7 == 1 && other.deaths7 == 9)
    #expect(other.weekly.reduce(0, +) == 1)
    // The incident list still shows each file's incident.
    #expect(data.incidentCount == 4)
  }

  @Test func detailListsEverySourceOfTheGroup() {
    let data = Self.data()
    #expect(data.groupSources(of: IncidentID("g-1")) == data.groupSources(of: IncidentID("g-2")))
    #expect(Set(data.groupSources(of: IncidentID("g-1")) ?? []) == ["alerts/gao.txt", "news/gao.txt"])
    var state = AppState(data: data)
    state.setScreenSize(width: 160, height: 50)
    _ = state.handle(.enter)
    #expect(state.isDetailOpen)
    let text = Renderer.render(state, width: 160, height: 50).text
    #expect(text.contains("Sources"))
    #expect(text.contains("alerts/gao.txt") && text.contains("news/gao.txt"))
  }
}
