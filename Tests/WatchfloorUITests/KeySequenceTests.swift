import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

@Suite struct KeySequenceTests {
  func state(width: Int = 80, height: Int = 24) -> AppState {
    var state = DashboardGoldens.sampleState()
    state.setScreenSize(width: width, height: height)
    return state
  }

  func type(_ text: String, into state: inout AppState) {
    for character in text { _ = state.handle(.character(character)) }
  }

  @Test func tabCyclesFocusBothWays() {
    var s = state()
    #expect(s.focus == .incidents)
    _ = s.handle(.tab)
    #expect(s.focus == .advisory)
    _ = s.handle(.tab)
    #expect(s.focus == .regions)
    _ = s.handle(.tab)
    #expect(s.focus == .incidents)
    _ = s.handle(.backTab)
    #expect(s.focus == .regions)
  }

  @Test func digitsJumpToRegionPanesAndAShowsAll() {
    var s = state()
    _ = s.handle(.character("2"))
    #expect(s.selectedRegionPane?.name == "Ménaka")
    #expect(s.visibleIncidentCount == 5)
    #expect((0..<5).allSatisfy { s.visibleIncident(at: $0)?.region == Region("Ménaka") })
    _ = s.handle(.character("5"))
    #expect(s.selectedRegionPane?.isOther == true)
    _ = s.handle(.character("9"))  // no ninth pane: nothing happens
    #expect(s.selectedRegionPane?.isOther == true)
    _ = s.handle(.character("a"))
    #expect(s.selectedPane == nil && s.visibleIncidentCount == 16)
  }

  @Test func regionPaneArrowsMoveBetweenRegionsWithinBounds() {
    var s = state()
    _ = s.handle(.backTab)  // regions
    _ = s.handle(.down)
    #expect(s.selectedPane == 0)
    _ = s.handle(.up)
    #expect(s.selectedPane == 0)
    _ = s.handle(.character("l"))
    _ = s.handle(.right)
    #expect(s.selectedPane == 2)
    _ = s.handle(.end)
    #expect(s.selectedPane == 4)
    _ = s.handle(.character("j"))
    #expect(s.selectedPane == 4)
    _ = s.handle(.character("g"))
    #expect(s.selectedPane == 0)
    _ = s.handle(.enter)
    #expect(s.focus == .incidents)
  }

  @Test func incidentSelectionNeverPassesTheEnds() {
    var s = state()
    _ = s.handle(.up)
    #expect(s.selectedRow == 0)
    for _ in 0..<40 { _ = s.handle(.character("j")) }
    #expect(s.selectedRow == 15)
    _ = s.handle(.pageDown)
    #expect(s.selectedRow == 15)
    _ = s.handle(.home)
    #expect(s.selectedRow == 0 && s.incidentScroll == 0)
    _ = s.handle(.character("G"))
    #expect(s.selectedRow == 15)
    #expect(s.incidentScroll == 16 - s.layout.incidentRows)
    _ = s.handle(.pageUp)
    #expect(s.selectedRow == 15 - s.layout.incidentRows)
    for _ in 0..<10 { _ = s.handle(.pageUp) }
    #expect(s.selectedRow == 0 && s.incidentScroll == 0)
  }

  @Test func selectionStaysVisibleWhileScrolling() {
    var s = state()
    for step in 0..<15 {
      _ = s.handle(.down)
      #expect(s.selectedRow == step + 1)
      #expect(s.incidentScroll <= s.selectedRow && s.selectedRow < s.incidentScroll + s.layout.incidentRows)
    }
    let grid = Renderer.render(s, width: 80, height: 24)
    #expect(grid.text.contains("Residents reported"))
  }

  @Test func filterTypingNarrowsAndEscapeClears() {
    var s = state()
    _ = s.handle(.character("/"))
    #expect(s.isEditingFilter)
    type("jnim", into: &s)
    #expect(s.filter == "jnim")
    #expect(s.visibleIncidentCount == 7)
    type("q", into: &s)  // typed into the filter, does not quit
    #expect(s.filter == "jnimq" && s.visibleIncidentCount == 0)
    _ = s.handle(.backspace)
    #expect(s.visibleIncidentCount == 7)
    _ = s.handle(.escape)
    #expect(!s.isEditingFilter && s.filter.isEmpty && s.visibleIncidentCount == 16)
  }

  @Test func filterEnterKeepsItAndMatchesAccentsLoosely() {
    var s = state()
    _ = s.handle(.character("/"))
    type("SEVARE", into: &s)
    _ = s.handle(.enter)
    #expect(!s.isEditingFilter && s.filter == "SEVARE")
    #expect(s.visibleIncidentCount == 2)  // composed and decomposed spellings
    _ = s.handle(.character("3"))  // filter applies within the region too
    #expect(s.visibleIncidentCount == 2)
    _ = s.handle(.character("1"))
    #expect(s.visibleIncidentCount == 0)
    _ = s.handle(.escape)
    #expect(s.filter.isEmpty && s.visibleIncidentCount == 3)
  }

  @Test func enterOpensDetailAndEscapeGoesBack() {
    var s = state()
    _ = s.handle(.down)
    _ = s.handle(.enter)
    #expect(s.isDetailOpen)
    #expect(s.selectedIncident?.id == IncidentID("gao-01"))
    let text = Renderer.render(s, width: 120, height: 40).text
    #expect(text.contains("Incident detail") && text.contains("alerts/2024-03-08-gao.txt"))
    _ = s.handle(.escape)
    #expect(!s.isDetailOpen)
    _ = s.handle(.escape)  // nothing left to close
    #expect(!s.isDetailOpen && s.selectedRow == 1)
  }

  @Test func enterInTheAdvisoryPaneDoesNothing() {
    var s = state()
    _ = s.handle(.tab)
    let before = Renderer.render(s, width: 80, height: 24)
    _ = s.handle(.enter)
    _ = s.handle(.character("x"))
    _ = s.handle(.function(5))
    #expect(Renderer.render(s, width: 80, height: 24) == before)
  }

  @Test func helpToggles() {
    var s = state()
    _ = s.handle(.character("?"))
    #expect(s.overlay == .help)
    #expect(Renderer.render(s, width: 80, height: 24).text.contains("jump to a region pane"))
    _ = s.handle(.character("j"))  // scrolls the help, not the list
    #expect(s.selectedRow == 0)
    _ = s.handle(.character("?"))
    #expect(s.overlay == nil)
    _ = s.handle(.character("?"))
    _ = s.handle(.escape)
    #expect(s.overlay == nil)
  }

  @Test func warningsOpenWithW() {
    var s = state()
    _ = s.handle(.character("w"))
    #expect(s.overlay == .warnings)
    #expect(Renderer.render(s, width: 80, height: 24).text.contains("not valid UTF-8 at byte 112"))
    _ = s.handle(.character("w"))
    #expect(s.overlay == nil)
  }

  @Test func quitAndReloadEffects() {
    var s = state()
    #expect(s.handle(.character("r")) == .reload)
    #expect(s.handle(.character("j")) == .none)
    #expect(s.handle(.character("q")) == .quit)
  }

  @Test func advisoryScrollsAndCyclesAdvice() {
    var s = state()
    _ = s.handle(.character("2"))
    _ = s.handle(.tab)
    #expect(s.focus == .advisory)
    _ = s.handle(.character("l"))
    #expect(s.advisoryIndex == 1)
    _ = s.handle(.character("l"))
    #expect(s.advisoryIndex == 1)  // only two advisories
    _ = s.handle(.character("h"))
    #expect(s.advisoryIndex == 0)
    for _ in 0..<100 { _ = s.handle(.down) }
    let lines = AdvisoryContent.lines(s, width: s.layout.advisoryTextWidth).count
    #expect(s.advisoryScroll == lines - s.layout.advisoryRows)
    _ = s.handle(.home)
    #expect(s.advisoryScroll == 0)
  }
}
