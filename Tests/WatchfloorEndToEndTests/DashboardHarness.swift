import Foundation
import WatchfloorTestSupport

/// The real `watchfloor` dashboard running in a private tmux server on a scratch copy of
/// `Fixtures/`, with the debug frame counter on so tests can wait for the next frame.
final class DashboardHarness {
  /// How a run ended, read from the shell after the program returned.
  struct Exit {
    var code: Int
    /// `stty -g` was the same before and after.
    var terminalRestored: Bool
    /// The last non-empty line is the shell prompt again.
    var promptBack: Bool
    /// tmux says: alternate screen off, cursor visible, normal cursor keys.
    var paneModesNormal: Bool
    var screen: String
  }

  let tmux: TmuxSession
  let corpus: ScratchCorpus

  /// Opens the tmux session (the program is not started yet).
  init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
    corpus = try ScratchCorpus(copying: FixturePaths.fixtures)
    var variables = [
      "WATCHFLOOR_FRAME_COUNTER": "1", "SWIFT_BACKTRACE": "interactive=no",
      "XDG_STATE_HOME": corpus.path + "-state", "XDG_CONFIG_HOME": corpus.path + "-config",
    ]
    for (key, value) in environment { variables[key] = value }
    tmux = try TmuxSession(width: width, height: height, environment: variables)
  }

  deinit { tmux.stop() }

  /// Starts `watchfloor --corpus <copy> arguments…` from the shell, recording `stty -g` first.
  /// The program runs in a subshell: an interactive bash restores the tty modes itself when
  /// its job dies of a signal, which would hide a crash that left the terminal raw.
  /// `corpus` replaces the scratch copy of `Fixtures/`.
  func start(_ arguments: [String] = [], prefix: String = "", corpus path: String? = nil) throws {
    guard let binary = TmuxSession.watchfloorExecutable else {
      throw TmuxSession.Failure(description: "watchfloor is not built (run `swift build`)")
    }
    let command = ([binary, "--corpus", path ?? corpus.path] + arguments).map(TmuxSession.quoted)
      .joined(separator: " ")
    try tmux.run(
      "clear; S=$(stty -g); ( \(prefix)\(command); exit $? ); echo EXIT=$?; "
        + "[ \"$(stty -g)\" = \"$S\" ] && echo STTY=same || echo STTY=changed")
  }

  /// Starts the dashboard and waits for its first frame.
  @discardableResult
  func startAndWaitForFirstFrame(_ arguments: [String] = []) throws -> String {
    try start(arguments)
    return try waitForFrame(after: 0).screen
  }

  /// The frame number stamped at the end of the last row, if the dashboard is on screen.
  static func frameNumber(in screen: String) -> Int? {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    guard let last = lines.last(where: { !$0.isEmpty }),
      let hash = last.lastIndex(of: "#")
    else { return nil }
    return Int(last[last.index(after: hash)...].trimmingCharacters(in: .whitespaces))
  }

  /// Waits for a frame numbered above `frame`.
  func waitForFrame(after frame: Int) throws -> (screen: String, frame: Int) {
    let screen = try tmux.waitFor("a frame after #\(frame)") {
      (Self.frameNumber(in: $0) ?? 0) > frame
    }
    return (screen, Self.frameNumber(in: screen)!)
  }

  /// Sends tmux keys and waits for the frame they cause.
  @discardableResult
  func press(_ keys: String..., after frame: Int) throws -> (screen: String, frame: Int) {
    for key in keys { try tmux.send(key) }
    return try waitForFrame(after: frame)
  }

  /// Waits for the program to end and reads its exit code and the terminal check.
  func waitForExit(timeout: Duration = .seconds(15)) throws -> Exit {
    let prompt = TmuxSession.prompt.trimmingCharacters(in: .whitespaces)
    func lastLine(_ screen: String) -> String {
      let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      return lines.last { !$0.isEmpty } ?? ""
    }
    let screen = try tmux.waitFor("the program to exit", timeout: timeout) {
      $0.contains("STTY=") && lastLine($0) == prompt
    }
    let lines = screen.split(separator: "\n").map(String.init)
    let code = lines.last { $0.hasPrefix("EXIT=") }.flatMap { Int($0.dropFirst(5)) } ?? -1
    return Exit(
      code: code, terminalRestored: lines.contains("STTY=same"), promptBack: lastLine(screen) == prompt,
      paneModesNormal: try tmux.paneModesAreNormal(), screen: screen)
  }
}
