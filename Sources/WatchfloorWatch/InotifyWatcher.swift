import CNCurses
import Glibc

/// Watches a corpus directory and all its subdirectories with Linux inotify.
///
/// Put ``fileDescriptor`` in a `poll()` set; when it is readable call ``drain()``, which reads
/// every pending event without blocking and returns the paths that may have changed. New
/// subdirectories (created or moved in) are watched as they appear and reported as changed
/// subtrees, so the files they already contain are not missed. Renames are paired by cookie:
/// a rename within the tree reports both paths, a move out reports the old path (a deletion),
/// a move in reports the new path. An event queue overflow asks for a full rescan.
///
/// Not thread-safe: use it from one thread (the event loop's).
public final class InotifyWatcher {
  /// The events watched on every directory.
  static let eventMask: UInt32 =
    UInt32(IN_CREATE) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF)
    | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVE_SELF) | UInt32(IN_ATTRIB)
    | UInt32(IN_ONLYDIR) | UInt32(IN_DONT_FOLLOW)

  /// Absolute path of the watched corpus directory.
  public let root: String
  /// The inotify descriptor, non-blocking and close-on-exec; readable when events are pending.
  public let fileDescriptor: Int32
  /// Watch descriptor → directory path relative to the root ("" for the root).
  private var directories: [Int32: String] = [:]
  /// The root's watch descriptor.
  private var rootDescriptor: Int32 = -1
  /// True once the root itself was deleted, moved, unmounted or stopped being watched: no
  /// more events will come from this watcher, so the caller must stop using it.
  public private(set) var rootLost = false
  private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
  /// For tests: behave as if the kernel's watch limit were this many directories.
  private let simulatedWatchLimit: Int?

  /// Starts watching `root` recursively.
  /// - Throws: ``WatchError/inotifyUnavailable(_:)`` or ``WatchError/watchLimitReached(_:)``
  ///   when inotify cannot be used (fall back to polling), or
  ///   ``WatchError/unreadableDirectory(_:)`` when `root` cannot be read.
  public convenience init(root: String) throws(WatchError) {
    try self.init(root: root, simulatedWatchLimit: nil)
  }

  /// - Parameter simulatedWatchLimit: for tests, fail with ``WatchError/watchLimitReached(_:)``
  ///   when more directories than this would be watched.
  init(root: String, simulatedWatchLimit: Int?) throws(WatchError) {
    self.root = root
    self.simulatedWatchLimit = simulatedWatchLimit
    let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard descriptor >= 0 else { throw .inotifyUnavailable(Self.errorText()) }
    fileDescriptor = descriptor
    // No close here when this throws: every stored property is set, so the failed instance is
    // deinitialized and `deinit` closes the descriptor. Closing it here as well closed it twice,
    // and the second close could hit a descriptor another thread had just been given (a pipe
    // of a concurrently started process, whose output then went missing).
    try addWatch(relative: "")
    for entry in try DirectoryWalker.walk(root: root) where entry.isDirectory {
      try addWatch(relative: entry.path)
    }
  }

  deinit {
    let closed = close(fileDescriptor)
    assert(closed == 0, "the inotify descriptor was already closed")
  }

  /// Number of directories currently watched.
  public var watchedDirectoryCount: Int { directories.count }

  /// Reads all pending events without blocking and returns what may have changed
  /// (empty when nothing was pending).
  /// - Throws: ``WatchError/watchLimitReached(_:)`` when a new subdirectory cannot be watched;
  ///   the caller should switch to polling, since changes there would be missed.
  public func drain() throws(WatchError) -> ChangeSet {
    var events: [RawEvent] = []
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        events += Self.parse(buffer, count: count)
        continue
      }
      if count < 0 && errno == EINTR { continue }
      break  // EAGAIN: nothing more pending (or an error we cannot act on)
    }
    return try interpret(events)
  }

  // MARK: - Events

  struct RawEvent {
    var descriptor: Int32
    var mask: UInt32
    var cookie: UInt32
    var name: String
  }

  /// Splits a buffer filled by `read` into events. `inotify_event.name` is a flexible array
  /// member that Swift does not import, so the name is read from the bytes after the header.
  static func parse(_ buffer: [UInt8], count: Int) -> [RawEvent] {
    var events: [RawEvent] = []
    let headerSize = MemoryLayout<inotify_event>.size
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset + headerSize <= count {
        let header = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
        let nameStart = offset + headerSize
        let nameEnd = min(nameStart + Int(header.len), count)
        let name = String(
          decoding: raw[nameStart..<nameEnd].prefix { $0 != 0 }, as: UTF8.self)
        events.append(
          RawEvent(descriptor: header.wd, mask: header.mask, cookie: header.cookie, name: name))
        offset = nameEnd
      }
    }
    return events
  }

  func interpret(_ events: [RawEvent]) throws(WatchError) -> ChangeSet {
    var changes = ChangeSet()
    // Directories moved from somewhere in the tree, by cookie, waiting for their MOVED_TO.
    var movedDirectories: [UInt32: String] = [:]
    for event in events {
      if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
        changes.needsRescan = true
        continue
      }
      let selfEvents = UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_UNMOUNT)
      if event.descriptor == rootDescriptor, event.mask & (selfEvents | UInt32(IN_IGNORED)) != 0 {
        // The root itself went away, was renamed or unmounted: everything must be looked at
        // again once it is back, and this watcher is of no further use.
        rootLost = true
        changes.needsRescan = true
      }
      if event.mask & UInt32(IN_IGNORED) != 0 {
        directories[event.descriptor] = nil
        continue
      }
      guard let directory = directories[event.descriptor] else { continue }
      if event.mask & selfEvents != 0 {
        // A subdirectory's own DELETE/MOVED event from its parent already covers it.
        continue
      }
      let path = directory.isEmpty ? event.name : directory + "/" + event.name
      guard !event.name.isEmpty else { continue }
      let isDirectory = event.mask & UInt32(IN_ISDIR) != 0
      if !isDirectory {
        changes.paths.insert(path)
        continue
      }
      // Hidden directories (".git") are not watched, like DirectoryWalker does not enter them.
      let isHidden = event.name.hasPrefix(".")
      if event.mask & UInt32(IN_MOVED_FROM) != 0 {
        movedDirectories[event.cookie] = path
        changes.subtrees.insert(path)
      } else if event.mask & UInt32(IN_MOVED_TO) != 0 {
        if let old = movedDirectories.removeValue(forKey: event.cookie) {
          if isHidden { removeWatches(under: old) } else { renameWatches(from: old, to: path) }
        }
        if !isHidden { try watchTree(relative: path) }
        changes.subtrees.insert(path)
      } else if event.mask & UInt32(IN_CREATE) != 0 {
        if !isHidden { try watchTree(relative: path) }
        changes.subtrees.insert(path)
      } else if event.mask & UInt32(IN_DELETE) != 0 {
        changes.subtrees.insert(path)
      }
    }
    // Directories moved out of the tree: stop watching them.
    for path in movedDirectories.values { removeWatches(under: path) }
    return changes
  }

  // MARK: - Watches

  /// Watches a new directory and every directory below it.
  private func watchTree(relative: String) throws(WatchError) {
    try addWatch(relative: relative)
    let absolute = root + "/" + relative
    guard let entries = try? DirectoryWalker.walk(root: absolute, prefix: relative) else { return }
    for entry in entries where entry.isDirectory {
      try addWatch(relative: entry.path)
    }
  }

  /// Adds (or refreshes) the watch on one directory. A directory that vanished meanwhile is
  /// skipped silently: its deletion event follows.
  private func addWatch(relative: String) throws(WatchError) {
    let absolute = relative.isEmpty ? root : root + "/" + relative
    if let simulatedWatchLimit, directories.count >= simulatedWatchLimit,
      !directories.values.contains(relative)
    {
      throw .watchLimitReached(absolute)
    }
    let descriptor = inotify_add_watch(fileDescriptor, absolute, Self.eventMask)
    if descriptor >= 0 {
      directories[descriptor] = relative
      if relative.isEmpty { rootDescriptor = descriptor }
      return
    }
    switch errno {
    case ENOSPC: throw .watchLimitReached(absolute)
    case ENOENT, ENOTDIR, ELOOP: if relative.isEmpty { throw .unreadableDirectory(absolute) }
    default:
      if relative.isEmpty { throw .unreadableDirectory("\(absolute): \(Self.errorText())") }
    }
  }

  /// Updates the paths of watched directories after `old` was renamed to `new` in the tree.
  private func renameWatches(from old: String, to new: String) {
    for (descriptor, path) in directories where path == old || path.hasPrefix(old + "/") {
      directories[descriptor] = new + path.dropFirst(old.count)
    }
  }

  /// Stops watching a directory that left the tree, and everything below it.
  private func removeWatches(under path: String) {
    for (descriptor, watched) in directories where watched == path || watched.hasPrefix(path + "/") {
      inotify_rm_watch(fileDescriptor, descriptor)
      directories[descriptor] = nil
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}
