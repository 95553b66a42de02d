import Testing
import WatchfloorCore

@testable import WatchfloorUI

@Suite struct ThemeTests {
  @Test func monochromeUsesNoColour() {
    let state = DashboardGoldens.sampleState(options: DisplayOptions(colors: false))
    for (width, height) in [(80, 24), (200, 60)] {
      let grid = Renderer.render(state, width: width, height: height)
      #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    }
  }

  @Test func levelsAreWrittenAsTextInBothThemes() {
    for colors in [true, false] {
      let text = Renderer.render(
        DashboardGoldens.sampleState(options: DisplayOptions(colors: colors)), width: 80, height: 24
      ).text
      for label in ["Extreme", "High", "Moderate", "Low"] { #expect(text.contains(label)) }
    }
  }

  @Test func levelStylesDifferFromEachOtherInBothThemes() {
    for theme in [Theme.color, Theme.monochrome] {
      let styles = ([nil] + RiskLevel.allCases.map { $0 }).map { theme.style(.level($0)) }
      // Extreme, High, Moderate and Low each look different; Minimal and "no data" are dim.
      #expect(Set(styles[2...]).count == 4 || Set(styles[2...]).count == 3)
      #expect(theme.style(.level(.extreme)) != theme.style(.level(.high)))
      #expect(theme.style(.level(nil)).dim)
    }
    #expect(Theme.color.style(.level(.extreme)).foreground == .red)
    #expect(Theme.color.style(.level(.moderate)).foreground == .yellow)
    #expect(Theme.color.style(.level(.low)).foreground == .green)
  }

  @Test func configuredLevelColoursDriveTheTheme() {
    let colors = LevelColors(low: .blue, high: .magenta)
    let theme = DisplayOptions(levelColors: colors).theme
    #expect(theme.style(.level(.high)).foreground == .magenta)
    #expect(theme.style(.level(.low)).foreground == .blue)
    #expect(theme.style(.level(.moderate)).foreground == .yellow)
    #expect(DisplayOptions(colors: false, levelColors: colors).theme.style(.level(.high)).foreground == nil)
    // The rendered High label in the sample's regions pane uses the configured colour.
    let state = DashboardGoldens.sampleState(options: DisplayOptions(levelColors: colors))
    let grid = Renderer.render(state, width: 80, height: 24)
    let highCells = (0..<grid.height).flatMap { row in
      (0..<grid.width).map { grid[row, $0] }
    }.filter { $0.style.foreground == .magenta }
    #expect(!highCells.isEmpty)
    #expect(!grid.cells.contains { $0.style.foreground == .red && !$0.style.bold })
  }

  @Test func asciiModeDrawsOnlyASCII() {
    let state = DashboardGoldens.sampleState(options: DisplayOptions(colors: false, unicode: false))
    let grid = Renderer.render(state, width: 120, height: 40)
    let nonASCII = Set(grid.cells.flatMap { $0.text.unicodeScalars.filter { !$0.isASCII } })
    // Only report text (names like Ménaka, the CJK place, the U+FFFD replacement) may be non-ASCII.
    let reportScalars = Set("éèïô贡达姆\u{FFFD}\u{301}".unicodeScalars)
    #expect(nonASCII.isSubset(of: reportScalars), "\(nonASCII.subtracting(reportScalars))")
  }

  @Test func focusedPaneBorderIsHighlighted() {
    var state = DashboardGoldens.sampleState()
    let before = Renderer.render(state, width: 80, height: 24)
    #expect(before[10, 0].style == Theme.color.style(.focusedBorder))  // incidents pane
    #expect(before[2, 0].style == Theme.color.style(.border))
    _ = state.handle(.backTab)
    let after = Renderer.render(state, width: 80, height: 24)
    #expect(after[2, 0].style == Theme.color.style(.focusedBorder))
  }
}
