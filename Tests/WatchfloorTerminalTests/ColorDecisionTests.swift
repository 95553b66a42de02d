import Testing
import WatchfloorTerminal

struct ColorDecisionTests {
  @Test func noColorFlagWinsOverEverything() {
    #expect(
      !ColorDecision.useColors(
        noColorFlag: true, environment: ["CLICOLOR_FORCE": "1"], terminalHasColors: true))
  }

  @Test func nonEmptyNoColorMeansMonochrome() {
    #expect(
      !ColorDecision.useColors(
        noColorFlag: false, environment: ["NO_COLOR": "1", "CLICOLOR_FORCE": "1"],
        terminalHasColors: true))
  }

  @Test func emptyNoColorIsIgnored() {
    #expect(
      ColorDecision.useColors(noColorFlag: false, environment: ["NO_COLOR": ""], terminalHasColors: true))
  }

  @Test func cliColorForceTurnsColourOnWithoutTerminalSupport() {
    #expect(
      ColorDecision.useColors(
        noColorFlag: false, environment: ["CLICOLOR_FORCE": "1"], terminalHasColors: false))
  }

  @Test(arguments: ["0", ""])
  func cliColorForceZeroOrEmptyDefersToTheTerminal(value: String) {
    #expect(
      !ColorDecision.useColors(
        noColorFlag: false, environment: ["CLICOLOR_FORCE": value], terminalHasColors: false))
  }

  @Test func otherwiseTheTerminalDecides() {
    #expect(ColorDecision.useColors(noColorFlag: false, environment: [:], terminalHasColors: true))
    #expect(!ColorDecision.useColors(noColorFlag: false, environment: [:], terminalHasColors: false))
  }
}
