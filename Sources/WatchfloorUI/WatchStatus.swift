/// Whether the corpus folder is being followed; the header always says.
public enum WatchStatus: Hashable, Sendable {
  /// Not reported by the program (nothing shown).
  case unknown
  /// inotify is following the folder.
  case watching
  /// Polling every so many seconds (inotify unavailable, or forced).
  case polling(seconds: Int)
  /// `--no-watch`.
  case off
  /// Watching failed; the data may be stale. The reason is shown.
  case stopped(String)
  /// The corpus folder was deleted, renamed or unmounted at `since` (`HH:MM:SS`): the last
  /// good data stays on screen until the folder is back.
  case folderMissing(since: String)

  /// True for the states shown as an error (the data may be stale).
  var isAlarm: Bool {
    switch self {
    case .stopped, .folderMissing: return true
    default: return false
    }
  }

  /// Header text, or nil when nothing is shown.
  var label: String? {
    switch self {
    case .unknown: return nil
    case .watching: return "watching"
    case .polling(let seconds): return "polling \(seconds)s"
    case .off: return "watching off"
    case .stopped(let reason): return "WATCHING STOPPED: \(reason)"
    case .folderMissing(let since): return "FOLDER MISSING since \(since)"
    }
  }
}
