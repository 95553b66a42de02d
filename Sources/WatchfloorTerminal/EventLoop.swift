import CNCurses
import Glibc

/// A single-threaded `poll()` loop over file descriptors and deadlines. It blocks until a
/// descriptor is readable or the earliest deadline passes: no polling sleeps, no CPU when idle.
///
/// Sources are closures, so a file watcher plugs in without this module knowing it:
/// ```swift
/// loop.addSource(
///   fileDescriptor: { watcher.fileDescriptor },    // re-read each iteration; nil = none
///   timeout: { watcher.timeout() },                // nil = no deadline
///   onReadable: { watcher.handleReadable() },
///   onWake: { if let changes = watcher.takeDueChanges() { apply(changes) } })
/// ```
public final class EventLoop {
  /// Identifies a source for ``remove(_:)``.
  public struct SourceID: Hashable, Sendable {
    let rawValue: Int
  }

  private struct Source {
    var fileDescriptor: () -> Int32?
    var timeout: () -> Duration?
    var onReadable: () -> Void
    var onHangup: () -> Void
    var onWake: () -> Void
  }

  private var sources: [(id: SourceID, source: Source)] = []
  private var nextID = 0
  private var exitCode: Int32?

  /// Called before every wait; the dashboard draws a frame here when something changed.
  public var beforeWaiting: (() -> Void)?

  public init() {}

  /// Adds a source.
  /// - Parameters:
  ///   - fileDescriptor: the descriptor to wait on, asked before every wait (nil: none now).
  ///   - timeout: how long the loop may sleep for this source, asked before every wait
  ///     (nil: no deadline).
  ///   - onReadable: the descriptor is readable.
  ///   - onHangup: the descriptor reported POLLHUP/POLLERR/POLLNVAL (after `onReadable` drained
  ///     any data); the default removes the source, so a closed descriptor cannot make the
  ///     loop spin.
  ///   - onWake: called after every wake-up, whatever woke the loop (check deadlines here).
  @discardableResult
  public func addSource(
    fileDescriptor: @escaping () -> Int32? = { nil },
    timeout: @escaping () -> Duration? = { nil },
    onReadable: @escaping () -> Void = {},
    onHangup: (() -> Void)? = nil,
    onWake: @escaping () -> Void = {}
  ) -> SourceID {
    let id = SourceID(rawValue: nextID)
    nextID += 1
    let hangup = onHangup ?? { [weak self] in self?.remove(id) }
    sources.append(
      (
        id,
        Source(
          fileDescriptor: fileDescriptor, timeout: timeout, onReadable: onReadable,
          onHangup: hangup, onWake: onWake)
      ))
    return id
  }

  /// Adds a descriptor with a callback for when it is readable.
  @discardableResult
  public func add(
    fd: Int32, onReadable: @escaping () -> Void, onHangup: (() -> Void)? = nil
  ) -> SourceID {
    addSource(fileDescriptor: { fd }, onReadable: onReadable, onHangup: onHangup)
  }

  /// Adds a deadline: the loop wakes when `timeout()` has elapsed and calls `onWake`
  /// (which is also called after any other wake-up).
  @discardableResult
  public func addDeadline(
    timeout: @escaping () -> Duration?, onWake: @escaping () -> Void
  ) -> SourceID {
    addSource(timeout: timeout, onWake: onWake)
  }

  /// Removes a source; safe to call from a callback.
  public func remove(_ id: SourceID) { sources.removeAll { $0.id == id } }

  /// Makes ``run()`` return `exitCode` after the current callbacks.
  public func stop(exitCode: Int32) {
    if self.exitCode == nil { self.exitCode = exitCode }
  }

  /// Whether ``stop(exitCode:)`` was called.
  public var isStopped: Bool { exitCode != nil }

  /// Runs until ``stop(exitCode:)``; returns its exit code.
  public func run() throws(TerminalError) -> Int32 {
    while true {
      if let exitCode { return exitCode }
      beforeWaiting?()
      if let exitCode { return exitCode }
      try waitOnce()
    }
  }

  /// One wait and the callbacks it triggers.
  func waitOnce() throws(TerminalError) {
    let snapshot = sources
    var descriptors: [pollfd] = []
    var owners: [SourceID] = []
    var timeout: Duration?
    for (id, source) in snapshot {
      if let fd = source.fileDescriptor() {
        descriptors.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0))
        owners.append(id)
      }
      if let limit = source.timeout() { timeout = min(timeout ?? limit, limit) }
    }
    let result = descriptors.withUnsafeMutableBufferPointer { buffer in
      poll(buffer.baseAddress, nfds_t(buffer.count), Self.milliseconds(timeout))
    }
    if result < 0 {
      let error = errno
      if error == EINTR { return }
      throw .systemCall("poll", errno: error)
    }
    for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
      guard !isStopped, let source = sources.first(where: { $0.id == owners[index] })?.source
      else { continue }
      let events = Int32(descriptor.revents)
      if events & Int32(POLLIN) != 0 { source.onReadable() }
      if events & Int32(POLLHUP | POLLERR | POLLNVAL) != 0, !isStopped { source.onHangup() }
    }
    for (_, source) in sources where !isStopped { source.onWake() }
  }

  /// A `poll` timeout: nil → -1 (forever), otherwise milliseconds rounded up.
  static func milliseconds(_ duration: Duration?) -> Int32 {
    guard let duration else { return -1 }
    let (seconds, attoseconds) = duration.components
    if seconds < 0 || (seconds == 0 && attoseconds <= 0) { return 0 }
    let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: total)
  }
}
