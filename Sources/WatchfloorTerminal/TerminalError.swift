/// Why the dashboard cannot run in this terminal.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// stdin or stdout is not a terminal (piped, redirected, no tty).
  case notATerminal
  /// `TERM` is unset, "dumb" or unknown to terminfo.
  case unusableTerminalType(String)
  /// A system call needed by the event loop failed.
  case systemCall(String, errno: Int32)

  public var description: String {
    switch self {
    case .notATerminal:
      return "watchfloor: not a terminal; try `watchfloor summary`"
    case .unusableTerminalType(let term):
      let shown = term.isEmpty ? "(unset)" : "'\(term)'"
      return "watchfloor: terminal type \(shown) is not usable; try `watchfloor summary`"
    case .systemCall(let name, let errno):
      return "watchfloor: \(name) failed (errno \(errno))"
    }
  }
}
