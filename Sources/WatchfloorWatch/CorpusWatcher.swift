/// Follows a corpus folder and hands out coalesced batches of changes: inotify when it works,
/// polling otherwise (or when asked), with a ``ChangeCoalescer`` in front.
///
/// Event-loop use, one thread:
/// 1. `poll()` on ``fileDescriptor`` (when not nil) with ``timeout()`` as the timeout
///    (nil = wait indefinitely); re-read both on every iteration, since the watcher can switch
///    from inotify to polling.
/// 2. When the descriptor is readable call ``handleReadable()``.
/// 3. After every wake-up call ``takeDueChanges()`` and apply a non-nil result to the store.
public final class CorpusWatcher<C: Clock> where C.Duration == Duration {
  /// Absolute path of the corpus directory.
  public let root: String
  /// How the folder is followed now.
  public private(set) var mode: WatchMode

  private var inotify: InotifyWatcher?
  private var poller: PollingWatcher<C>?
  private var coalescer: ChangeCoalescer<C>
  private let fallbackInterval: Duration

  /// Starts following `root`.
  /// - Parameters:
  ///   - pollInterval: poll every this often instead of using inotify (`--poll`).
  ///   - fallbackInterval: polling interval used when inotify fails.
  public convenience init(
    root: String, clock: C, pollInterval: Duration? = nil,
    fallbackInterval: Duration = .seconds(2), quietPeriod: Duration = .milliseconds(200),
    maximumDelay: Duration = .seconds(1)
  ) throws(WatchError) {
    try self.init(
      root: root, clock: clock, pollInterval: pollInterval, fallbackInterval: fallbackInterval,
      quietPeriod: quietPeriod, maximumDelay: maximumDelay, simulatedWatchLimit: nil)
  }

  /// - Parameter simulatedWatchLimit: for tests, see ``InotifyWatcher``.
  init(
    root: String, clock: C, pollInterval: Duration?, fallbackInterval: Duration,
    quietPeriod: Duration, maximumDelay: Duration, simulatedWatchLimit: Int?
  ) throws(WatchError) {
    self.root = root
    self.fallbackInterval = fallbackInterval
    coalescer = ChangeCoalescer(clock: clock, quietPeriod: quietPeriod, maximumDelay: maximumDelay)
    if let pollInterval {
      poller = try PollingWatcher(root: root, interval: pollInterval, clock: clock)
      mode = .polling(interval: pollInterval, reason: nil)
      return
    }
    do {
      inotify = try InotifyWatcher(root: root, simulatedWatchLimit: simulatedWatchLimit)
      mode = .inotify
    } catch .unreadableDirectory(let detail) {
      throw .unreadableDirectory(detail)
    } catch {
      poller = try PollingWatcher(root: root, interval: fallbackInterval, clock: clock)
      mode = .polling(interval: fallbackInterval, reason: error.description)
    }
  }

  /// The descriptor to poll for readability; nil while polling the tree.
  public var fileDescriptor: Int32? { inotify?.fileDescriptor }

  /// How long the event loop may sleep before calling ``takeDueChanges()``; nil = no deadline.
  public func timeout() -> Duration? {
    let candidates = [coalescer.timeUntilDeadline(), poller?.timeUntilNextScan()].compactMap { $0 }
    return candidates.min()
  }

  /// Reads the pending inotify events. If a new subdirectory cannot be watched (watch limit),
  /// switches to polling and schedules a full rescan so nothing is missed.
  public func handleReadable() {
    guard let inotify else { return }
    do {
      coalescer.record(try inotify.drain())
    } catch {
      self.inotify = nil
      poller = try? PollingWatcher(root: root, interval: fallbackInterval, clock: coalescer.clock)
      mode = .polling(interval: fallbackInterval, reason: error.description)
      coalescer.record(.rescan)
    }
  }

  /// Scans the tree if polling and due, then returns the coalesced changes if they are due.
  public func takeDueChanges() -> ChangeSet? {
    if let changes = poller?.scanIfDue() { coalescer.record(changes) }
    return coalescer.flushIfDue()
  }
}

extension CorpusWatcher where C == ContinuousClock {
  /// Starts following `root` on the real clock.
  public convenience init(root: String, pollInterval: Duration? = nil) throws(WatchError) {
    try self.init(root: root, clock: ContinuousClock(), pollInterval: pollInterval)
  }
}
