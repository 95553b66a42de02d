import Glibc

/// Appends diagnostics to a file, never to the screen under the UI. A tiny file logger: one
/// timestamped line per message, written with `write(2)` so nothing is lost on a crash.
public final class DiagnosticLog {
  /// Where the log is written.
  public let path: String
  private let descriptor: Int32

  /// Opens (creating directories as needed) the log at `path` for appending; nil when it
  /// cannot be opened — diagnostics are then dropped rather than shown.
  public init?(path: String) {
    Self.makeParentDirectories(of: path)
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return nil }
    self.path = path
    descriptor = fd
  }

  deinit { close(descriptor) }

  /// `$XDG_STATE_HOME/watchfloor/watchfloor.log`, else `~/.local/state/watchfloor/watchfloor.log`
  /// (XDG_STATE_HOME is used only when absolute, as the XDG specification says).
  public static func defaultPath(environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/watchfloor/watchfloor.log"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    return home + "/.local/state/watchfloor/watchfloor.log"
  }

  /// Appends `message` with a UTC timestamp.
  public func log(_ message: String) {
    var line = Self.timestamp() + " " + message
    line = String(line.map { $0 == "\n" ? " " : $0 }) + "\n"
    var bytes = Array(line.utf8)
    _ = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress, $0.count) }
  }

  private static func timestamp() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var seconds = now.tv_sec
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let milliseconds = Int(now.tv_nsec / 1_000_000)
    let fraction = String(repeating: "0", count: 3 - String(milliseconds).count) + "\(milliseconds)"
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(fraction)Z"
  }

  private static func makeParentDirectories(of path: String) {
    var components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    var prefix = ""
    if components.first == "" {
      components = components.dropFirst()
      prefix = "/"
    }
    var current = prefix
    for component in components where !component.isEmpty {
      current += (current.isEmpty || current == "/" ? "" : "/") + component
      mkdir(current, 0o755)
    }
  }
}
