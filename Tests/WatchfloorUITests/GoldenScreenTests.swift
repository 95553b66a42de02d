import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

@Suite struct GoldenScreenTests {
  static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (200, 60)]

  func press(_ keys: [Key], on state: AppState) -> AppState {
    var state = state
    for key in keys { _ = state.handle(key) }
    return state
  }

  @Test(arguments: sizes) func mainScreen(width: Int, height: Int) {
    DashboardGoldens.assertGolden(
      DashboardGoldens.sampleState(), name: "main-\(width)x\(height)", width: width, height: height)
  }

  @Test(arguments: sizes) func mainScreenMonochrome(width: Int, height: Int) {
    let state = DashboardGoldens.sampleState(options: DisplayOptions(colors: false))
    DashboardGoldens.assertGolden(state, name: "main-mono-\(width)x\(height)", width: width, height: height)
  }

  @Test func mainScreenASCII() {
    let state = DashboardGoldens.sampleState(options: DisplayOptions(colors: false, unicode: false))
    DashboardGoldens.assertGolden(state, name: "main-ascii-80x24", width: 80, height: 24)
  }

  @Test(arguments: sizes) func regionSelected(width: Int, height: Int) {
    let state = press([.character("2"), .down], on: DashboardGoldens.sampleState())
    DashboardGoldens.assertGolden(
      state, name: "region-menaka-\(width)x\(height)", width: width, height: height)
  }

  @Test(arguments: sizes) func helpOverlay(width: Int, height: Int) {
    let state = press([.character("?")], on: DashboardGoldens.sampleState())
    DashboardGoldens.assertGolden(state, name: "help-\(width)x\(height)", width: width, height: height)
  }

  @Test(arguments: sizes) func incidentDetail(width: Int, height: Int) {
    let state = press([.down, .enter], on: DashboardGoldens.sampleState())
    DashboardGoldens.assertGolden(state, name: "detail-\(width)x\(height)", width: width, height: height)
  }

  @Test(arguments: sizes) func filteredList(width: Int, height: Int) {
    let state = press("/sevare".map { Key.character($0) } + [.enter], on: DashboardGoldens.sampleState())
    DashboardGoldens.assertGolden(state, name: "filtered-\(width)x\(height)", width: width, height: height)
  }

  @Test func filterBeingTyped() {
    let state = press("/jnim".map { Key.character($0) }, on: DashboardGoldens.sampleState())
    DashboardGoldens.assertGolden(state, name: "filter-typing-80x24", width: 80, height: 24)
  }

  @Test func warningsList() {
    let state = press([.character("w")], on: DashboardGoldens.sampleState())
    DashboardGoldens.assertGolden(state, name: "warnings-80x24", width: 80, height: 24)
  }

  @Test func allLevelsMonochromeAndColour() {
    let watched = ["Gao", "Ménaka", "Mopti", "Kidal", "Kayes", "Sikasso"].map(Region.init)
    for colors in [true, false] {
      let state = AppState(
        data: DashboardGoldens.sampleData(watched: watched), options: DisplayOptions(colors: colors))
      DashboardGoldens.assertGolden(
        state, name: "levels-\(colors ? "color" : "mono")-120x40", width: 120, height: 40)
    }
  }

  @Test func reloadedWithNewIncidents() {
    var state = DashboardGoldens.sampleState()
    let previous = state.data.incidentIDs
    let extra = SampleCorpus.incident(
      "kid-02", "2024-03-10", "Kidal", "Aguelhok", .battles, 6, ["CSP-PSD", "FAMa"],
      "Drone strike and ground fighting reported near Aguelhok.", source: "alerts/2024-03-10-kidal.txt")
    state.replaceData(
      DashboardGoldens.sampleData(
        corpus: SampleCorpus.corpus(extra: [extra]), previous: previous, loadedAt: "14:05:40"),
      reloadedFiles: 1, at: "14:05:40")
    state.watchStatus = .polling(seconds: 5)
    DashboardGoldens.assertGolden(state, name: "reloaded-80x24", width: 80, height: 24)
  }

  @Test(arguments: [(50, 12), (59, 24), (80, 15)]) func tooSmall(width: Int, height: Int) {
    DashboardGoldens.assertGolden(
      DashboardGoldens.sampleState(), name: "too-small-\(width)x\(height)", width: width, height: height)
  }

  @Test func minimumSize() {
    DashboardGoldens.assertGolden(DashboardGoldens.sampleState(), name: "main-60x16", width: 60, height: 16)
  }
}
