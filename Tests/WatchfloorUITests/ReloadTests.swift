import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

@Suite struct ReloadTests {
  let extra = SampleCorpus.incident(
    "kid-02", "2024-03-10", "Kidal", "Aguelhok", .battles, 6, ["FAMa"], "Fighting near Aguelhok.",
    source: "alerts/2024-03-10-kidal.txt")

  func reload(_ state: inout AppState, corpus: Corpus) {
    let next = DashboardGoldens.sampleData(
      corpus: corpus, previous: state.data.incidentIDs, loadedAt: "14:05:40")
    state.replaceData(next, reloadedFiles: 3, at: "14:05:40")
  }

  @Test func keepsRegionAndIncidentAndMarksNew() {
    var s = DashboardGoldens.sampleState()
    _ = s.handle(.down)
    _ = s.handle(.down)
    let selected = s.selectedIncident?.id
    reload(&s, corpus: SampleCorpus.corpus(extra: [extra]))
    #expect(s.selectedIncident?.id == selected)
    #expect(s.selectedRow == 3)  // one newer incident above it
    #expect(s.unseenNewIDs == [IncidentID("kid-02")])
    #expect(s.statusMessage == "reloaded 3 files at 14:05:40")
    let text = Renderer.render(s, width: 80, height: 24).text
    #expect(text.contains("+1 new"))
    #expect(text.contains("* 2024-03-10  Kidal"))
    // Viewing (selecting) the new incident clears the mark.
    _ = s.handle(.home)
    #expect(s.unseenNewIDs.isEmpty)
    #expect(!Renderer.render(s, width: 80, height: 24).text.contains("+1 new"))
  }

  @Test func keepsSelectedRegionDetailAndFilter() {
    var s = DashboardGoldens.sampleState()
    _ = s.handle(.character("4"))
    _ = s.handle(.enter)
    _ = s.handle(.character("/"))
    _ = s.handle(.character("k"))
    reload(&s, corpus: SampleCorpus.corpus(extra: [extra]))
    #expect(s.selectedRegionPane?.name == "Kidal")
    #expect(s.isDetailOpen && s.isEditingFilter && s.filter == "k")
    #expect(s.visibleIncidentCount == 2)
    #expect(s.selectedIncident?.id == IncidentID("kid-01"))
  }

  @Test func removedIncidentSelectsTheNearestRow() {
    var s = DashboardGoldens.sampleState()
    for _ in 0..<3 { _ = s.handle(.down) }
    #expect(s.selectedIncident?.id == IncidentID("seg-01"))
    reload(&s, corpus: SampleCorpus.corpus(dropping: ["seg-01"]))
    #expect(s.selectedRow == 3)
    #expect(s.selectedIncident?.id == IncidentID("men-02"))
    #expect(s.data.incidentCount == 15)
  }

  @Test func emptiedListStaysUsable() {
    var s = DashboardGoldens.sampleState()
    _ = s.handle(.character("4"))
    reload(&s, corpus: SampleCorpus.corpus(dropping: ["kid-01"]))
    #expect(s.visibleIncidentCount == 0 && s.selectedIncident == nil)
    _ = s.handle(.down)
    _ = s.handle(.enter)
    #expect(!s.isDetailOpen)
    #expect(Renderer.render(s, width: 80, height: 24).text.contains("No incidents."))
  }

  @Test func deletedNewIncidentIsNoLongerCounted() {
    var s = DashboardGoldens.sampleState()
    reload(&s, corpus: SampleCorpus.corpus(extra: [extra]))
    #expect(s.unseenNewIDs.count == 1)
    reload(&s, corpus: SampleCorpus.corpus())
    #expect(s.unseenNewIDs.isEmpty)
  }
}
