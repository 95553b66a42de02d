public import WatchfloorCore

/// Keeps a ``CorpusStore`` in step with its folder: a ``CorpusWatcher`` feeding
/// ``CorpusStore/apply(_:)``. The piece an event loop needs for live reload.
///
/// ```swift
/// let follower = try CorpusFollower(root: path, clock: ContinuousClock(), pollInterval: nil)
/// _ = follower.catchUp()   // changes made while the corpus was loading
/// loop.addSource(
///   fileDescriptor: { follower.fileDescriptor }, timeout: { follower.timeout() },
///   onReadable: { follower.handleReadable() },
///   onWake: { if let update = follower.takeUpdate() { show(update) } })
/// ```
public final class CorpusFollower<C: Clock> where C.Duration == Duration {
  /// The incremental model; ``CorpusStore/corpus`` is the current snapshot.
  public private(set) var store: CorpusStore
  /// Nil when watching is off (`--no-watch`) or could not start at all.
  public let watcher: CorpusWatcher<C>?
  /// Why watching could not start, if it could not.
  public let watchProblem: String?
  /// The last update that failed (a rescan of a corpus directory that became unreadable).
  public private(set) var lastError: CorpusError?
  /// How far back updates are undone when the folder turns out to be missing: a folder being
  /// deleted loses its files one by one first, and a slow deletion can let some of those
  /// removals through before the folder itself is gone.
  public let rollbackWindow: Duration = .seconds(5)

  private let clock: C
  /// When the store's checkpoint (``CorpusStore/markCheckpoint()``) was taken: the store as
  /// it was before the updates of the last ``rollbackWindow``. The store keeps an undo log for
  /// it rather than a copy, which would share (and make the next update copy) its report
  /// list and path table.
  private var checkpointTaken: C.Instant?
  /// When the last update was applied.
  private var lastApplied: C.Instant?
  /// The folder was missing at the last ``takeUpdate()``.
  private var rootWasMissing = false

  /// Loads the corpus, then starts watching it.
  /// - Parameters:
  ///   - pollInterval: poll instead of using inotify (`--poll`).
  ///   - watch: false for `--no-watch`.
  ///   - quietPeriod: how long the folder must be quiet before changes are applied; 200 ms
  ///     coalesces generously, ~20 ms gives a write-to-snapshot p99 under 50 ms.
  ///   - singleChangeQuietPeriod: the quiet period while one file alone is pending (one saved
  ///     report; see ``ChangeCoalescer``); nil for `quietPeriod`.
  /// - Throws: when the corpus cannot be loaded at all.
  public convenience init(
    root: String, loader: CorpusLoader = CorpusLoader(), clock: C, pollInterval: Duration?,
    watch: Bool = true, quietPeriod: Duration = .milliseconds(200),
    singleChangeQuietPeriod: Duration? = nil
  ) throws(CorpusError) {
    try self.init(
      root: root, loader: loader, clock: clock, pollInterval: pollInterval, watch: watch,
      quietPeriod: quietPeriod, singleChangeQuietPeriod: singleChangeQuietPeriod,
      simulatedWatchLimit: nil)
  }

  /// As the public initializer, with inotify behaving as if the kernel's watch limit were
  /// `simulatedWatchLimit` directories (for tests of the fallback to polling, including the
  /// end-to-end test through `WATCHFLOOR_DEBUG_WATCH_LIMIT`), and `progress` told how the
  /// cold load advances (the dashboard's loading screen).
  @_spi(Testing)
  public init(
    root: String, loader: CorpusLoader = CorpusLoader(), clock: C, pollInterval: Duration?,
    watch: Bool = true, quietPeriod: Duration = .milliseconds(200),
    singleChangeQuietPeriod: Duration? = nil, simulatedWatchLimit: Int?,
    progress: CorpusLoadProgressHandler? = nil
  ) throws(CorpusError) {
    store = try CorpusStore(root: root, loader: loader, progress: progress)
    self.clock = clock
    guard watch else {
      watcher = nil
      watchProblem = nil
      return
    }
    do {
      watcher = try CorpusWatcher(
        root: store.root, clock: clock, pollInterval: pollInterval, fallbackInterval: .seconds(2),
        quietPeriod: quietPeriod, maximumDelay: .seconds(1),
        singleChangeQuietPeriod: singleChangeQuietPeriod, simulatedWatchLimit: simulatedWatchLimit)
      watchProblem = nil
    } catch {
      watcher = nil
      watchProblem = error.description
    }
  }

  /// For the status line: "watching (inotify)", "polling every 2 s (…)", "not watching (…)".
  public var statusText: String {
    if let watcher { return watcher.mode.description }
    return watchProblem.map { "not watching (\($0))" } ?? "not watching"
  }

  /// Compares the whole folder with the model once: call it right after creation to pick up
  /// changes made while the corpus was loading (before the watcher ran).
  public func catchUp() -> CorpusUpdate? { try? store.rescan() }

  /// Re-reads what changed on the officer's request (`r`): a full rescan by fingerprints.
  public func reloadNow() throws(CorpusError) -> CorpusUpdate { try store.rescan() }

  /// Why the corpus folder cannot be reached (deleted, renamed, unmounted), or nil while it
  /// can. Meanwhile ``store`` keeps the last good snapshot; when the folder is back, the next
  /// ``takeUpdate()`` rescans it.
  public var rootProblem: String? { watcher?.rootProblem }

  /// The descriptor to poll, if any (re-read it on every iteration).
  public var fileDescriptor: Int32? { watcher?.fileDescriptor }

  /// How long the event loop may sleep; nil = no deadline.
  public func timeout() -> Duration? { watcher?.timeout() }

  /// The descriptor is readable.
  public func handleReadable() { watcher?.handleReadable() }

  /// Applies the changes that are due; returns the update when there were any (its
  /// ``CorpusUpdate/change`` may still be empty, e.g. only an editor's swap file changed).
  ///
  /// When the folder has just gone missing, the updates of the last ``rollbackWindow`` are
  /// undone (the files they removed were most likely the folder being deleted) and the
  /// returned update says so: the reports come back as `added`.
  public func takeUpdate() -> CorpusUpdate? {
    guard let watcher else { return nil }
    let changes = watcher.takeDueChanges()
    if watcher.rootProblem != nil {
      guard !rootWasMissing else { return nil }
      rootWasMissing = true
      return rollBack()
    }
    rootWasMissing = false
    guard let changes else { return nil }
    let now = clock.now
    if checkpointTaken.map({ $0.duration(to: now) > rollbackWindow }) ?? true {
      checkpointTaken = now
      store.markCheckpoint()
    }
    do {
      let update = try store.apply(changes)
      lastError = nil
      lastApplied = now
      return update
    } catch {
      lastError = error
      return nil
    }
  }

  /// Restores the checkpoint if an update was applied recently; the update returned
  /// describes what came back.
  private func rollBack() -> CorpusUpdate? {
    defer {
      checkpointTaken = nil
      store.dropCheckpoint()
    }
    guard checkpointTaken != nil, let lastApplied, lastApplied.duration(to: clock.now) <= rollbackWindow
    else { return nil }
    return store.restoreCheckpoint()
  }
}
