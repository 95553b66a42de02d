import Testing
import WatchfloorCore

@testable import WatchfloorUI

/// Key bindings from the config drive the state machine, help and hints.
@Suite struct KeyMapTests {
  func state(_ bindings: KeyBindings, colors: Bool = true) -> AppState {
    var state = DashboardGoldens.sampleState(
      options: DisplayOptions(colors: colors, keys: KeyMap(bindings)))
    state.setScreenSize(width: 80, height: 24)
    return state
  }

  @Test func reboundReloadKeyReloadsAndTheOldKeyIsInert() {
    var s = state(KeyBindings(reload: "R"))
    #expect(s.handle(.character("r")) == .none)
    #expect(s.statusMessage == nil)
    #expect(s.handle(.character("R")) == .reload)
  }

  @Test func reboundQuitWorksInOverlaysAndTheOldKeyDoesNot() {
    var s = state(KeyBindings(quit: "x", help: "f1"))
    #expect(s.handle(.character("q")) == .none)
    _ = s.handle(.character("?"))
    #expect(s.overlay == nil)
    _ = s.handle(.function(1))
    #expect(s.overlay == .help)
    #expect(s.handle(.character("q")) == .none)
    _ = s.handle(.function(1))
    #expect(s.overlay == nil)
    #expect(s.handle(.character("x")) == .quit)
  }

  @Test func eachBoundActionRunsFromItsNewKey() {
    var s = state(KeyBindings(filter: "s", allRegions: "A", warnings: "W"))
    _ = s.handle(.character("2"))
    #expect(s.selectedPane == 1)
    _ = s.handle(.character("a"))
    #expect(s.selectedPane == 1)
    _ = s.handle(.character("A"))
    #expect(s.selectedPane == nil)
    _ = s.handle(.character("w"))
    #expect(s.overlay == nil)
    _ = s.handle(.character("W"))
    #expect(s.overlay == .warnings)
    _ = s.handle(.escape)
    _ = s.handle(.character("/"))
    #expect(!s.isEditingFilter)
    _ = s.handle(.character("s"))
    #expect(s.isEditingFilter)
  }

  @Test func filterTypingIsNeverTakenForABinding() {
    var s = state(KeyBindings(quit: "x", reload: "R", help: "!", filter: "/", allRegions: "A", warnings: "W"))
    _ = s.handle(.character("2"))
    _ = s.handle(.character("/"))
    var effects: [AppEffect] = []
    for character in "xR!/AW" { effects.append(s.handle(.character(character))) }
    #expect(effects.allSatisfy { $0 == .none })
    #expect(s.filter == "xR!/AW")
    #expect(s.isEditingFilter)
    #expect(s.overlay == nil)
    #expect(s.selectedPane == 1)
  }

  @Test func keyNamesAndCharactersParse() {
    #expect(KeyMap.key(named: "Enter") == .enter)
    #expect(KeyMap.key(named: "f12") == .function(12))
    #expect(KeyMap.key(named: "F") == .character("F"))
    #expect(KeyMap.key(named: "f13") == nil)
    #expect(KeyMap.key(named: "\u{1B}") == nil)
    #expect(KeyMap(KeyBindings(help: "f5")).label(for: .help) == "F5")
  }

  @Test func helpAndHintsShowTheConfiguredKeys() {
    var s = state(KeyBindings(quit: "x", reload: "R"))
    let hints = StatusLineView.hintText(s, glyphs: .unicode)
    #expect(hints.contains("R reload") && hints.contains("x quit"))
    #expect(!hints.contains("r reload") && !hints.contains("q quit"))
    _ = s.handle(.character("?"))
    let help = Renderer.render(s, width: 80, height: 40).text
    #expect(help.contains("Help · ? or Esc closes"))
    #expect(keyColumn(help, action: "reload the corpus now") == "R")
    #expect(keyColumn(help, action: "quit") == "x")
    #expect(keyColumn(help, action: "all regions") == "a")
    #expect(help.contains("x quit"))  // the overlay's status-line hint
  }

  /// The key written before `action` on its help line.
  func keyColumn(_ screen: String, action: String) -> String? {
    let line = screen.split(separator: "\n").first { $0.hasSuffix(action) || $0.contains(action + " ") }
    guard let line, let range = line.range(of: action) else { return nil }
    let before = line[..<range.lowerBound].split(separator: " ")
    return before.last.map(String.init)
  }

  @Test func helpWithReboundKeysMatchesGolden() {
    var s = state(KeyBindings(quit: "x", reload: "R", help: "f1"), colors: false)
    _ = s.handle(.function(1))
    DashboardGoldens.assertGolden(s, name: "help-rebound-keys-80x40", width: 80, height: 40)
  }
}
