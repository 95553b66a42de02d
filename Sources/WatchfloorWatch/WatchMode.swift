/// How a ``CorpusWatcher`` follows the folder, for the status line.
public enum WatchMode: Hashable, Sendable, CustomStringConvertible {
  /// Kernel notifications (Linux inotify): changes arrive at once.
  case inotify
  /// Scanning the tree every `interval`; `reason` says why inotify is not used
  /// (nil when polling was asked for with `--poll`).
  case polling(interval: Duration, reason: String?)

  public var description: String {
    switch self {
    case .inotify:
      return "watching (inotify)"
    case .polling(let interval, let reason):
      let milliseconds = interval.pollTimeoutMilliseconds
      let amount =
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
      let every = "polling every \(amount)"
      return reason.map { "\(every) (\($0))" } ?? every
    }
  }
}
