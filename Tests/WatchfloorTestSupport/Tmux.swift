internal import Foundation

/// A private tmux server running one shell in a pane of a fixed size, for end-to-end tests of
/// the real `watchfloor` binary: type commands, read the screen, resize, signal.
///
/// Every instance starts its own server (`tmux -L <unique> -f /dev/null`) with a clean
/// environment, and kills it on ``stop()`` or when released, even after a failed expectation.
public final class TmuxSession {
  /// Why a tmux interaction failed.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
  }

  /// The tmux executable, or nil when tmux is not installed.
  public static let executable: String? = findInPath("tmux")

  /// The built `watchfloor` executable (`.build/debug/watchfloor` next to the tests), or nil.
  public static let watchfloorExecutable: String? = {
    var candidates: [String] = []
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(directory.appendingPathComponent("watchfloor").path)
      candidates.append(directory.appendingPathComponent(".build/debug/watchfloor").path)
      directory.deleteLastPathComponent()
    }
    candidates.append(FixturePaths.repositoryRoot + "/.build/debug/watchfloor")
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// The prompt of the pane's shell, to tell when a command has finished.
  public static let prompt = "PROMPT> "

  /// The server's socket name (`-L`).
  public let server: String
  private let tmux: String
  private var stopped = false
  private var socketPath: String?

  /// Starts a detached session of `width`×`height` running `bash --norc --noprofile` under
  /// `env -i` with HOME, PATH, TERM=tmux-256color, LANG=C.UTF-8, the prompt, any sanitizer
  /// options, `WATCHFLOOR_CACHE_DIR` (``TestCacheDirectory/path``, never the real cache) and
  /// `environment`, and waits for the prompt.
  public init(width: Int, height: Int, environment: [String: String] = [:]) throws {
    guard let tmux = Self.executable else { throw Failure(description: "tmux is not installed") }
    self.tmux = tmux
    server = "wf-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let inherited = ProcessInfo.processInfo.environment
    var variables = [
      "HOME": inherited["HOME"] ?? "/tmp", "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
      "TERM": "tmux-256color", "LANG": "C.UTF-8", "PS1": Self.prompt,
      "WATCHFLOOR_CACHE_DIR": TestCacheDirectory.path,
    ]
    // Sanitizer settings (e.g. the leak suppressions of `.ci/run`) reach the program under test.
    for key in ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"] {
      if let value = inherited[key] { variables[key] = value }
    }
    for (key, value) in environment { variables[key] = value }
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
    let shell = "env -i " + assignments.joined(separator: " ") + " bash --norc --noprofile"
    try command(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", shell])
    socketPath = try? command(["display-message", "-p", "-t", "main", "#{socket_path}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try waitFor("the shell prompt") { $0.contains(Self.prompt.trimmingCharacters(in: .whitespaces)) }
  }

  deinit { stop() }

  /// Kills the server and removes its socket file, which tmux leaves behind (idempotent).
  public func stop() {
    guard !stopped else { return }
    stopped = true
    _ = try? command(["kill-server"])
    if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
  }

  /// Types `line` literally and presses Enter.
  public func run(_ line: String) throws {
    try command(["send-keys", "-t", "main", "-l", line])
    try command(["send-keys", "-t", "main", "Enter"])
  }

  /// Sends tmux key names ("q", "Tab", "BTab", "Down", "Escape", "C-c", "?").
  public func send(_ keys: String...) throws {
    try command(["send-keys", "-t", "main"] + keys)
  }

  /// Sends text literally (each character as typed).
  public func type(_ text: String) throws {
    try command(["send-keys", "-t", "main", "-l", text])
  }

  /// The visible screen as text, one line per row (with `escapes`, colours and attributes as
  /// escape sequences).
  public func capture(escapes: Bool = false) throws -> String {
    try command(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))
  }

  /// Resizes the window.
  public func resize(width: Int, height: Int) throws {
    try command(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Captures the screen every 50 ms until `condition` holds; throws after `timeout` with the
  /// last screen in the message. Returns the screen that matched.
  @discardableResult
  public func waitFor(
    _ what: String, timeout: Duration = .seconds(10), _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = ContinuousClock.now + timeout
    while true {
      let screen = try capture()
      if condition(screen) { return screen }
      if ContinuousClock.now >= deadline {
        throw Failure(description: "timed out waiting for \(what); screen:\n\(screen)")
      }
      usleep(50_000)
    }
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  public func waitFor(text: String, timeout: Duration = .seconds(10)) throws -> String {
    try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// The process id of the pane's shell.
  public func shellProcessID() throws -> Int32 {
    let text = try command(["display-message", "-p", "-t", "main", "#{pane_pid}"])
    guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw Failure(description: "no pane pid in \(text)")
    }
    return pid
  }

  /// Waits for a process named `name` (its `comm`) among the shell's descendants.
  public func waitForProcess(named name: String, timeout: Duration = .seconds(10)) throws -> Int32 {
    let shell = try shellProcessID()
    let deadline = ContinuousClock.now + timeout
    while true {
      var pending = [shell]
      while let parent = pending.popLast() {
        for child in Self.childProcessIDs(of: parent) {
          let comm = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
          if comm.trimmingCharacters(in: .whitespacesAndNewlines) == name { return child }
          pending.append(child)
        }
      }
      if ContinuousClock.now >= deadline {
        throw Failure(description: "no process \(name) under the shell \(shell)")
      }
      usleep(50_000)
    }
  }

  /// Whether the pane is back to normal: not in the alternate screen, cursor visible, cursor
  /// keys not in application mode (what a program that did not call `endwin` leaves behind).
  public func paneModesAreNormal() throws -> Bool {
    let flags = try command(
      ["display-message", "-p", "-t", "main", "#{alternate_on} #{cursor_flag} #{keypad_cursor_flag}"])
    return flags.trimmingCharacters(in: .whitespacesAndNewlines) == "0 1 0"
  }

  /// Ids of the processes whose parent is `parent` (from /proc).
  public static func childProcessIDs(of parent: Int32) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { Int32($0) }.filter { pid in
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      return fields.count > 1 && Int32(fields[1]) == parent
    }.sorted()
  }

  @discardableResult
  private func command(_ arguments: [String]) throws -> String {
    // new-session forks the server, which would keep an output pipe open forever.
    let capture = arguments.first != "new-session"
    let result = try Self.spawn(tmux, ["-L", server, "-f", "/dev/null"] + arguments, capture: capture)
    guard result.status == 0 else {
      throw Failure(description: "tmux \(arguments.first ?? "") failed (\(result.status)): \(result.output)")
    }
    return result.output
  }

  /// Runs a program with an empty signal mask and default signal actions (the test runner's
  /// threads block signals, and tmux and its panes would inherit that), stdin from /dev/null,
  /// stdout and stderr to a pipe (`capture`) or /dev/null. Returns the exit status and output.
  static func spawn(
    _ executable: String, _ arguments: [String], capture: Bool
  ) throws -> (status: Int32, output: String) {
    var pipeEnds: [Int32] = [-1, -1]
    if capture, pipe(&pipeEnds) != 0 { throw Failure(description: "pipe failed") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    if capture { close(pipeEnds[1]) }
    guard spawned == 0 else {
      if capture { close(pipeEnds[0]) }
      throw Failure(description: "cannot run \(executable): error \(spawned)")
    }
    var output: [UInt8] = []
    if capture {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(pipeEnds[0], &buffer, buffer.count)
        if count < 0, errno == EINTR { continue }
        if count <= 0 { break }
        output.append(contentsOf: buffer[0..<count])
      }
      close(pipeEnds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exitStatus, String(decoding: output, as: UTF8.self))
  }

  /// Single-quotes `value` for the shell.
  public static func quoted(_ value: String) -> String {
    "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  private static func findInPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
