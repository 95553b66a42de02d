/// Debounces bursts of changes: collects them and releases them together once the folder has
/// been quiet for ``quietPeriod``, or at the latest ``maximumDelay`` after the first pending
/// change, so copying 1,000 files in gives one or a few reloads instead of 1,000.
///
/// While a single file is all that is pending (one saved report), the shorter
/// ``singleChangeQuietPeriod`` applies: there is nothing to coalesce it with yet. As soon as a
/// second path, a directory or a rescan joins it, the full ``quietPeriod`` applies again,
/// counted from the latest change. So a burst still settles as one batch, and an editor's
/// atomic save (a temporary file written and renamed over the report within microseconds)
/// still reaches the store as one batch with both paths.
///
/// Pure logic over an injected clock: it never sleeps. The caller records changes as they
/// arrive, uses ``timeUntilDeadline()`` as its `poll()` timeout, and calls ``flushIfDue()``
/// when the timeout expires (or after any wake-up).
public struct ChangeCoalescer<C: Clock> where C.Duration == Duration {
  public let clock: C
  /// How long the folder must be quiet before pending changes are released.
  public let quietPeriod: Duration
  /// The longest a change waits, however busy the folder stays.
  public let maximumDelay: Duration
  /// How long the folder must be quiet when one file path alone is pending.
  public let singleChangeQuietPeriod: Duration

  private var pending = ChangeSet()
  private var firstChange: C.Instant?
  private var lastChange: C.Instant?

  /// - Parameter singleChangeQuietPeriod: the quiet period while one file path alone is
  ///   pending; nil for ``quietPeriod`` (never longer than it).
  public init(
    clock: C, quietPeriod: Duration = .milliseconds(200), maximumDelay: Duration = .seconds(1),
    singleChangeQuietPeriod: Duration? = nil
  ) {
    self.clock = clock
    self.quietPeriod = quietPeriod
    self.maximumDelay = maximumDelay
    self.singleChangeQuietPeriod = min(singleChangeQuietPeriod ?? quietPeriod, quietPeriod)
  }

  /// True when changes are waiting to be released.
  public var hasPending: Bool { firstChange != nil }

  /// Adds changes that just happened; an empty set is ignored (it does not delay a flush).
  public mutating func record(_ changes: ChangeSet) {
    guard !changes.isEmpty else { return }
    let now = clock.now
    pending.formUnion(changes)
    if firstChange == nil { firstChange = now }
    lastChange = now
  }

  /// True when one file path alone is pending (no directory, no rescan).
  public var isSingleChange: Bool {
    pending.paths.count == 1 && pending.subtrees.isEmpty && !pending.needsRescan
  }

  /// When the pending changes are due: the earlier of the end of the quiet period (the short
  /// one while ``isSingleChange``) and the maximum delay; nil when nothing is pending.
  public var deadline: C.Instant? {
    guard let firstChange, let lastChange else { return nil }
    let quiet = isSingleChange ? singleChangeQuietPeriod : quietPeriod
    return min(lastChange.advanced(by: quiet), firstChange.advanced(by: maximumDelay))
  }

  /// Time left until ``deadline`` (zero if already due); nil when nothing is pending.
  public func timeUntilDeadline() -> Duration? {
    guard let deadline else { return nil }
    return max(.zero, clock.now.duration(to: deadline))
  }

  /// Returns and clears the pending changes if they are due, else nil.
  public mutating func flushIfDue() -> ChangeSet? {
    guard let deadline, clock.now >= deadline else { return nil }
    return flush()
  }

  /// Returns and clears the pending changes now, due or not (nil when nothing is pending).
  public mutating func flush() -> ChangeSet? {
    guard hasPending else { return nil }
    defer {
      pending = ChangeSet()
      firstChange = nil
      lastChange = nil
    }
    return pending
  }
}

extension Duration {
  /// This duration as a `poll()` timeout in whole milliseconds, rounded up so that waking
  /// early never leads to a busy loop.
  public var pollTimeoutMilliseconds: Int32 {
    let (seconds, attoseconds) = components
    guard seconds < Int64(Int32.max / 1000) else { return Int32.max }
    guard seconds >= 0, attoseconds >= 0 else { return 0 }
    let wholeMilliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    let remainder = attoseconds % 1_000_000_000_000_000
    return Int32(wholeMilliseconds + (remainder > 0 ? 1 : 0))
  }
}
