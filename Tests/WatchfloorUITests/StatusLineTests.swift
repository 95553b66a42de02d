import Testing

@testable import WatchfloorUI

@Suite struct StatusLineTests {
  func statusLine(_ state: AppState, width: Int, height: Int) -> String {
    var state = state
    state.setScreenSize(width: width, height: height)
    let text = Renderer.render(state, width: width, height: height).text
    return String(text.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
  }

  /// At 80 columns less important hints are left out whole, never cut, and help and quit stay.
  @Test func narrowLinesDropWholeHintsAndKeepHelpAndQuit() {
    var state = DashboardGoldens.sampleState()
    for _ in 0..<2 {
      let line = statusLine(state, width: 80, height: 24)
      #expect(line.hasSuffix("? help  q quit"), "\(line)")
      #expect(!line.contains("…"))
      _ = state.handle(.character("3"))
      _ = state.handle(.tab)
    }
    let wide = statusLine(state, width: 200, height: 60)
    #expect(wide.contains("w warnings") && wide.contains("a all"))
  }
}
