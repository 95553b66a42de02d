/// Finds changes by comparing snapshots of the tree (path, size, modification time), for
/// file systems where inotify does not work (network mounts, some containers) or when the
/// watch limit is reached.
///
/// The caller decides the rhythm: call ``scan()`` every ``interval`` (``nextScan`` gives the
/// deadline for a `poll()` timeout). The first snapshot is taken at creation.
public final class PollingWatcher<C: Clock> where C.Duration == Duration {
  /// Absolute path of the watched corpus directory.
  public let root: String
  /// Time between scans.
  public let interval: Duration
  public let clock: C
  /// When the next scan is due.
  public private(set) var nextScan: C.Instant

  private struct Stamp: Equatable {
    var size: Int64
    var modified: Int64
  }
  private var files: [String: Stamp] = [:]

  /// Takes the first snapshot of `root`.
  public init(root: String, interval: Duration, clock: C) throws(WatchError) {
    self.root = root
    self.interval = interval
    self.clock = clock
    nextScan = clock.now.advanced(by: interval)
    files = try Self.snapshot(root: root)
  }

  /// Time left until the next scan is due (zero if overdue).
  public func timeUntilNextScan() -> Duration { max(.zero, clock.now.duration(to: nextScan)) }

  /// Scans the tree if the interval has elapsed; nil if it is not time yet.
  public func scanIfDue() -> ChangeSet? {
    guard clock.now >= nextScan else { return nil }
    return scan()
  }

  /// Why the last scan could not read the root (e.g. it was removed), or nil when it could.
  public private(set) var rootProblem: String?

  /// Scans the tree now and returns the files added, removed, or whose size or modification
  /// time changed since the previous scan. If the root cannot be read (e.g. it was removed or
  /// renamed), nothing is reported and the previous snapshot is kept: the files are
  /// unreachable, not deleted. ``rootProblem`` says why until a scan succeeds again.
  public func scan() -> ChangeSet {
    nextScan = clock.now.advanced(by: interval)
    let newFiles: [String: Stamp]
    do {
      newFiles = try Self.snapshot(root: root)
      rootProblem = nil
    } catch {
      rootProblem = error.description
      return ChangeSet()
    }
    var changes = ChangeSet()
    for (path, stamp) in newFiles where files[path] != stamp { changes.paths.insert(path) }
    for path in files.keys where newFiles[path] == nil { changes.paths.insert(path) }
    // Directories are reported through their files; an empty directory changes nothing.
    files = newFiles
    return changes
  }

  private static func snapshot(root: String) throws(WatchError) -> [String: Stamp] {
    var files: [String: Stamp] = [:]
    for entry in try DirectoryWalker.walk(root: root) where !entry.isDirectory {
      files[entry.path] = Stamp(size: entry.size, modified: entry.modified)
    }
    return files
  }
}
