import Foundation
import Testing
import WatchfloorTestSupport

/// The real binary honours `[keys]` from a `--config` file.
@Suite(.enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"))
struct ConfiguredKeysTests {
  @Test func quitReboundToXMakesQInertAndXQuits() throws {
    let folder = try TemporaryDirectory(prefix: "keys")
    let config = try folder.write("config.toml", "[keys]\nquit = \"x\"\n")
    let dashboard = try DashboardHarness()
    let first = try dashboard.startAndWaitForFirstFrame(["--config", config.path])
    let frame = DashboardHarness.frameNumber(in: first)!

    // q is not bound any more: the dashboard keeps drawing frames after it.
    try dashboard.tmux.send("q")
    let after = try dashboard.press("j", after: frame)
    #expect(!after.screen.contains("EXIT="))
    #expect(DashboardHarness.frameNumber(in: after.screen) != nil)

    try dashboard.tmux.send("x")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
    #expect(exit.promptBack, "\(exit.screen)")
  }
}
