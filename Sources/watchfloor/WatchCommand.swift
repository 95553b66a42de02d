import ArgumentParser
import Glibc
import WatchfloorCore
import WatchfloorWatch

/// `watchfloor watch`: follows the corpus folder and prints one JSON line per changed report,
/// for scripts; each batch is flushed at once. The folder going away and coming back are
/// events too (`folder_missing`, `folder_restored`). Runs until SIGINT, SIGTERM or SIGHUP, then
/// exits 0 (also when the reader of the pipe goes away).
struct WatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Follow the corpus folder and print one JSON line per changed report."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl
  }

  @OptionGroup var corpusOptions: CorpusOptions

  @Option(help: "Output format.")
  var format: Format = .jsonl

  @Option(name: .customLong("poll"), help: "Poll every SECONDS instead of using inotify.")
  var pollSeconds: Double?

  func validate() throws {
    if let pollSeconds, !(pollSeconds > 0 && pollSeconds <= 86_400) {
      throw ValidationError("--poll must be a number of seconds between 0 and 86400.")
    }
  }

  func run() throws {
    // Block the termination signals first, before anything could start another thread.
    guard let signals = TerminationSignals() else {
      throw Self.failure("cannot set up signal handling: \(String(cString: strerror(errno)))")
    }
    guard let path = corpusOptions.resolvedPath() else {
      throw Self.failure("no corpus: pass --corpus DIR or set WATCHFLOOR_CORPUS")
    }
    let interval = pollSeconds.map { Duration.milliseconds(Int64(($0 * 1000).rounded(.up))) }
    let follower: CorpusFollower<ContinuousClock>
    do {
      follower = try CorpusFollower(
        root: path, loader: corpusOptions.loader(), clock: ContinuousClock(), pollInterval: interval)
    } catch {
      throw Self.failure(error.description)
    }
    guard follower.watcher != nil else { throw Self.failure(follower.statusText) }
    let out = StandardOutput()
    func emit(_ update: CorpusUpdate?) {
      guard let update else { return }
      for line in ChangeEventLine.lines(for: update.change, time: Self.timestamp()) { out.line(line) }
      out.flush()
    }
    var status = follower.statusText
    var reportedProblem: String? = nil
    var folderProblem: String? = nil
    Self.writeError("watchfloor: \(status) \(SafeText.singleLine(follower.store.root))")
    emit(follower.catchUp())

    while true {
      var descriptors = [pollfd(fd: signals.fileDescriptor, events: Int16(POLLIN), revents: 0)]
      if let descriptor = follower.fileDescriptor {
        descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
      }
      let timeout = follower.timeout()?.pollTimeoutMilliseconds ?? -1
      let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
      if ready < 0 {
        if errno == EINTR { continue }
        throw Self.failure("poll failed: \(String(cString: strerror(errno)))")
      }
      if descriptors[0].revents != 0, signals.take() != nil { return }
      if descriptors.count > 1, descriptors[1].revents != 0 { follower.handleReadable() }
      if follower.statusText != status {
        status = follower.statusText
        Self.writeError("watchfloor: \(status)")
      }
      let update = follower.takeUpdate()
      if (follower.rootProblem == nil) != (folderProblem == nil) {
        // The folder went away or came back: one line each way, before the rescan's lines.
        out.line(
          ChangeEventLine.folderLine(
            folder: follower.store.root, missingReason: follower.rootProblem, time: Self.timestamp()))
        out.flush()
        let message = follower.rootProblem.map { "corpus folder missing (\($0)); keeping the last good data" }
        Self.writeError("watchfloor: " + (message ?? "corpus folder is back; rescanning"))
      }
      folderProblem = follower.rootProblem
      emit(update)
      let problem = follower.lastError?.description
      if let problem, problem != reportedProblem { Self.writeError("watchfloor: \(problem)") }
      reportedProblem = problem
    }
  }

  /// The current time as `2026-11-23T14:05:09.123Z`.
  static func timestamp() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var seconds = now.tv_sec
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func pad(_ value: Int32, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    let milliseconds = Int32(now.tv_nsec / 1_000_000)
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
      + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
      + ".\(pad(milliseconds, 3))Z"
  }

  private static func writeError(_ text: String) { StandardError.line(text) }

  private static func failure(_ message: String) -> ExitCode {
    writeError("watchfloor: " + SafeText.singleLine(message))
    return ExitCode(2)
  }
}
