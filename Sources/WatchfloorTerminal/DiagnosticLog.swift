import Glibc

/// Appends diagnostics to a file, never to the screen under the UI. A tiny file logger: one
/// timestamped line per message, written with `write(2)` so nothing is lost on a crash.
///
/// A log must never stop the dashboard: when a write fails (disk full, I/O error, the file
/// system turned read-only), the log disables itself, reports why once through
/// ``onDisabled``, and drops every later message.
public final class DiagnosticLog {
  /// Where the log is written.
  public let path: String
  private let descriptor: Int32
  /// Why logging stopped (`"No space left on device"`), or nil while it works.
  public private(set) var disabledReason: String?
  /// Called once, with the reason, when a write fails and the log disables itself.
  public var onDisabled: ((String) -> Void)?

  /// Opens (creating directories as needed) the log at `path` for appending; nil when it
  /// cannot be opened — diagnostics are then dropped rather than shown.
  public convenience init?(path: String) {
    guard case .success(let log) = Self.open(path: path) else { return nil }
    self.init(path: path, descriptor: log)
  }

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  /// Opens the log at `path`, or says why it cannot be opened (`"Read-only file system"`).
  public static func opening(path: String) -> Result<DiagnosticLog, DiagnosticLogError> {
    Self.open(path: path).map { DiagnosticLog(path: path, descriptor: $0) }
  }

  private static func open(path: String) -> Result<Int32, DiagnosticLogError> {
    makeParentDirectories(of: path)
    let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      return .failure(DiagnosticLogError(path: path, reason: String(cString: strerror(errno))))
    }
    return .success(fd)
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

  /// Appends `message` with a UTC timestamp; does nothing once the log is disabled.
  public func log(_ message: String) {
    guard disabledReason == nil else { return }
    var line = Self.timestamp() + " " + message
    line = String(line.map { $0 == "\n" ? " " : $0 }) + "\n"
    let bytes = Array(line.utf8)
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + written, $0.count - written)
      }
      if result > 0 {
        written += result
      } else if result < 0, errno == EINTR {
        continue
      } else {
        disable(reason: result < 0 ? String(cString: strerror(errno)) : "nothing written")
        return
      }
    }
  }

  private func disable(reason: String) {
    disabledReason = reason
    onDisabled?(reason)
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
