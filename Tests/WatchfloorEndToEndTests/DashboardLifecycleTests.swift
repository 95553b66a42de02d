import Foundation
import Testing
import WatchfloorTestSupport

/// The real binary in tmux: start, keys, resize, quit, signals, crash; the terminal is always
/// restored.
@Suite(.enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"))
struct DashboardLifecycleTests {
  @Test func quitWithQRestoresTheTerminalAndExitsZero() throws {
    let dashboard = try DashboardHarness()
    try dashboard.startAndWaitForFirstFrame()
    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
    #expect(exit.paneModesNormal)
    #expect(exit.promptBack, "\(exit.screen)")
  }

  @Test(arguments: [("TERM", SIGTERM, 143), ("HUP", SIGHUP, 129), ("INT", SIGINT, 130)])
  func aSignalRestoresTheTerminalAndExitsWith128PlusN(name: String, signal: Int32, code: Int) throws {
    let dashboard = try DashboardHarness()
    try dashboard.startAndWaitForFirstFrame()
    let program = try dashboard.tmux.waitForProcess(named: "watchfloor")
    #expect(kill(program, signal) == 0, "kill -\(name)")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == code)
    #expect(exit.terminalRestored)
    #expect(exit.paneModesNormal)
    #expect(exit.promptBack, "\(exit.screen)")
  }

  @Test func controlCIsSIGINTAndExits130() throws {
    let dashboard = try DashboardHarness()
    try dashboard.startAndWaitForFirstFrame()
    try dashboard.tmux.send("C-c")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 130)
    #expect(exit.terminalRestored)
    #expect(exit.paneModesNormal)
  }

  @Test func aKeyDrawsANewFrame() throws {
    let dashboard = try DashboardHarness()
    let first = try dashboard.startAndWaitForFirstFrame()
    let frame = DashboardHarness.frameNumber(in: first)!
    let next = try dashboard.press("j", after: frame)
    #expect(next.frame > frame)
    try dashboard.tmux.send("q")
    #expect(try dashboard.waitForExit().code == 0)
  }

  @Test func resizingRedrawsAtTheNewSize() throws {
    let dashboard = try DashboardHarness(width: 80, height: 24)
    let first = try dashboard.startAndWaitForFirstFrame()
    #expect(Self.statusRow(of: first, height: 24).count == 79)

    try dashboard.tmux.resize(width: 120, height: 40)
    let large = try dashboard.tmux.waitFor("a frame at 120x40") {
      Self.statusRow(of: $0, height: 40).count == 119
    }
    #expect(DashboardHarness.frameNumber(in: large)! > DashboardHarness.frameNumber(in: first)!)

    try dashboard.tmux.resize(width: 50, height: 12)
    try dashboard.tmux.waitFor("a frame at 50x12") { Self.statusRow(of: $0, height: 12).count == 49 }

    try dashboard.tmux.send("q")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 0)
    #expect(exit.terminalRestored)
  }

  @Test func aCrashRestoresTheTerminal() throws {
    var environment = ["WATCHFLOOR_DEBUG_CRASH": "after-first-frame"]
    // Under a sanitizer the Swift runtime's backtracer trips it (ASan: a stack-buffer report
    // in its memory server; TSan: a failed CHECK, then SIGSEGV) before our handler runs;
    // without the backtracer the trap goes straight to our handler, which this test is about.
    if SanitizerRuntime.address || SanitizerRuntime.thread {
      environment["SWIFT_BACKTRACE"] = "enable=no"
    }
    let dashboard = try DashboardHarness(environment: environment)
    try dashboard.start()
    let exit = try dashboard.waitForExit(timeout: .seconds(25))
    #expect(exit.code == 128 + Int(SIGILL))
    #expect(exit.terminalRestored)
    #expect(exit.paneModesNormal)
    #expect(exit.promptBack, "\(exit.screen)")
  }

  @Test(arguments: ["dumb", "no-such-terminal-type"])
  func anUnusableTermExitsTwoWithAMessage(term: String) throws {
    let dashboard = try DashboardHarness()
    try dashboard.start(prefix: "TERM=\(term) ")
    let exit = try dashboard.waitForExit()
    #expect(exit.code == 2)
    #expect(exit.terminalRestored)
    #expect(exit.screen.contains("watchfloor: terminal type '\(term)' is not usable"))
  }

  /// Row `height` of a capture (the status line), trailing spaces trimmed.
  static func statusRow(of screen: String, height: Int) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= height else { return "" }
    var row = String(lines[height - 1])
    while row.hasSuffix(" ") { row.removeLast() }
    return row
  }
}
