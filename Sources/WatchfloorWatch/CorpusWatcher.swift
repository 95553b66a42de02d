/// Follows a corpus folder and hands out coalesced batches of changes: inotify when it works,
/// polling otherwise (or when asked), with a ``ChangeCoalescer`` in front.
///
/// Event-loop use, one thread:
/// 1. `poll()` on ``fileDescriptor`` (when not nil) with ``timeout()`` as the timeout
///    (nil = wait indefinitely); re-read both on every iteration, since the watcher can switch
///    from inotify to polling, and drops its descriptor while the folder is missing.
/// 2. When the descriptor is readable call ``handleReadable()``.
/// 3. After every wake-up call ``takeDueChanges()`` and apply a non-nil result to the store.
///
/// ## The folder itself going away
/// When the corpus folder is deleted, renamed or unmounted (inotify reports it on the root; a
/// poll finds the root unreadable; or the root is found missing just before a batch would be
/// released), the watcher stops watching, drops the pending batch (its files are unreachable,
/// not deleted) and reports ``rootProblem``. It then checks for the folder every
/// ``rootCheckInterval`` (a `poll()` timeout, not a busy loop); when the folder is back it
/// watches it again and asks for a full rescan.
public final class CorpusWatcher<C: Clock> where C.Duration == Duration {
  /// Absolute path of the corpus directory.
  public let root: String
  /// How the folder is followed now (while the folder is missing: how it was followed).
  public private(set) var mode: WatchMode
  /// Why the corpus folder cannot be reached ("not found", "file system unmounted"), or nil
  /// while it can. While set, nothing is watched and no changes are released.
  public private(set) var rootProblem: String?
  /// How often the watcher looks for a missing folder.
  public let rootCheckInterval: Duration

  private var inotify: InotifyWatcher?
  private var poller: PollingWatcher<C>?
  private var coalescer: ChangeCoalescer<C>
  private let forcedPollInterval: Duration?
  private let fallbackInterval: Duration
  private let simulatedWatchLimit: Int?
  private let probe: CorpusRootProbe
  private var nextRootCheck: C.Instant?

  /// Starts following `root`.
  /// - Parameters:
  ///   - pollInterval: poll every this often instead of using inotify (`--poll`).
  ///   - fallbackInterval: polling interval used when inotify fails.
  ///   - rootCheckInterval: how often to look for the folder while it is missing.
  ///   - singleChangeQuietPeriod: the quiet period while one file alone is pending (see
  ///     ``ChangeCoalescer``); nil for `quietPeriod`.
  public convenience init(
    root: String, clock: C, pollInterval: Duration? = nil,
    fallbackInterval: Duration = .seconds(2), quietPeriod: Duration = .milliseconds(200),
    maximumDelay: Duration = .seconds(1), rootCheckInterval: Duration = .seconds(1),
    singleChangeQuietPeriod: Duration? = nil
  ) throws(WatchError) {
    try self.init(
      root: root, clock: clock, pollInterval: pollInterval, fallbackInterval: fallbackInterval,
      quietPeriod: quietPeriod, maximumDelay: maximumDelay, rootCheckInterval: rootCheckInterval,
      singleChangeQuietPeriod: singleChangeQuietPeriod, simulatedWatchLimit: nil)
  }

  /// - Parameter simulatedWatchLimit: for tests, see ``InotifyWatcher``.
  init(
    root: String, clock: C, pollInterval: Duration?, fallbackInterval: Duration,
    quietPeriod: Duration, maximumDelay: Duration, rootCheckInterval: Duration = .seconds(1),
    singleChangeQuietPeriod: Duration? = nil, simulatedWatchLimit: Int?
  ) throws(WatchError) {
    self.root = root
    forcedPollInterval = pollInterval
    self.fallbackInterval = fallbackInterval
    self.rootCheckInterval = rootCheckInterval
    self.simulatedWatchLimit = simulatedWatchLimit
    probe = CorpusRootProbe(root: root)
    coalescer = ChangeCoalescer(
      clock: clock, quietPeriod: quietPeriod, maximumDelay: maximumDelay,
      singleChangeQuietPeriod: singleChangeQuietPeriod)
    mode = .inotify
    try startWatching()
  }

  /// The descriptor to poll for readability; nil while polling the tree or while the folder
  /// is missing.
  public var fileDescriptor: Int32? { inotify?.fileDescriptor }

  /// How long the event loop may sleep before calling ``takeDueChanges()``; nil = no deadline.
  public func timeout() -> Duration? {
    if let nextRootCheck { return max(.zero, coalescer.clock.now.duration(to: nextRootCheck)) }
    let candidates = [coalescer.timeUntilDeadline(), poller?.timeUntilNextScan()].compactMap { $0 }
    return candidates.min()
  }

  /// Reads the pending inotify events. If a new subdirectory cannot be watched (watch limit),
  /// switches to polling and schedules a full rescan so nothing is missed. If the root itself
  /// went away, stops watching until it is back.
  public func handleReadable() {
    guard let inotify else { return }
    do {
      let changes = try inotify.drain()
      if inotify.rootLost {
        loseRoot()
        return
      }
      coalescer.record(changes)
    } catch {
      self.inotify = nil
      poller = try? PollingWatcher(root: root, interval: fallbackInterval, clock: coalescer.clock)
      mode = .polling(interval: fallbackInterval, reason: error.description)
      coalescer.record(.rescan)
    }
  }

  /// Scans the tree if polling and due, then returns the coalesced changes if they are due.
  /// While the folder is missing, looks for it when the check is due and returns a full rescan
  /// once it is back.
  public func takeDueChanges() -> ChangeSet? {
    if nextRootCheck != nil { return recheckRootIfDue() }
    if let poller, let changes = poller.scanIfDue() {
      guard poller.rootProblem == nil, probe.problem() == nil else {
        loseRoot()
        return takeDueChanges()
      }
      coalescer.record(changes)
    }
    guard let due = coalescer.flushIfDue() else { return nil }
    // The root may have gone since these events: then their files are unreachable, not gone.
    guard probe.problem() == nil else {
      loseRoot()
      return takeDueChanges()
    }
    return due
  }

  // MARK: - Root lost and found

  /// Starts inotify (or the poller), in the mode asked for at creation.
  private func startWatching() throws(WatchError) {
    if let forcedPollInterval {
      poller = try PollingWatcher(root: root, interval: forcedPollInterval, clock: coalescer.clock)
      mode = .polling(interval: forcedPollInterval, reason: nil)
      return
    }
    do {
      inotify = try InotifyWatcher(root: root, simulatedWatchLimit: simulatedWatchLimit)
      mode = .inotify
    } catch .unreadableDirectory(let detail) {
      throw .unreadableDirectory(detail)
    } catch {
      poller = try PollingWatcher(root: root, interval: fallbackInterval, clock: coalescer.clock)
      mode = .polling(interval: fallbackInterval, reason: error.description)
    }
  }

  /// The root went away (or was replaced): stop watching, drop what is pending, and look for
  /// the folder now and then every ``rootCheckInterval``.
  private func loseRoot() {
    inotify = nil
    poller = nil
    _ = coalescer.flush()
    nextRootCheck = coalescer.clock.now
    rootProblem = probe.problem() ?? "replaced"
  }

  /// Looks for the missing folder if the check is due; a full rescan once it is back.
  private func recheckRootIfDue() -> ChangeSet? {
    guard let check = nextRootCheck, coalescer.clock.now >= check else { return nil }
    nextRootCheck = coalescer.clock.now.advanced(by: rootCheckInterval)
    if let problem = probe.problem() {
      rootProblem = problem
      return nil
    }
    do {
      try startWatching()
    } catch {
      rootProblem = error.description
      return nil
    }
    nextRootCheck = nil
    rootProblem = nil
    return .rescan
  }
}

extension CorpusWatcher where C == ContinuousClock {
  /// Starts following `root` on the real clock.
  public convenience init(root: String, pollInterval: Duration? = nil) throws(WatchError) {
    try self.init(root: root, clock: ContinuousClock(), pollInterval: pollInterval)
  }
}
