/// Why a watcher cannot (or can no longer) follow the corpus; the caller falls back to polling.
public enum WatchError: Error, Sendable, Hashable, CustomStringConvertible {
  /// `inotify_init1` failed (not supported, or the per-user instance limit is reached).
  case inotifyUnavailable(String)
  /// `inotify_add_watch` failed with ENOSPC: the per-user watch limit
  /// (`/proc/sys/fs/inotify/max_user_watches`) is reached.
  case watchLimitReached(String)
  /// The corpus directory could not be opened or read.
  case unreadableDirectory(String)

  public var description: String {
    switch self {
    case .inotifyUnavailable(let detail): return "inotify unavailable: \(detail)"
    case .watchLimitReached(let path): return "inotify watch limit reached at \(path)"
    case .unreadableDirectory(let detail): return "cannot read directory: \(detail)"
    }
  }
}
