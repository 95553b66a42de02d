internal import Foundation

/// Counts loaded files across the loading threads and calls a ``CorpusLoadProgressHandler``
/// at most every ``interval``: one lock and one clock read per batch of files, so it costs
/// nothing next to extraction.
final class LoadProgressReporter: @unchecked Sendable {
  /// The least time between two calls (except the first and the last).
  static let interval: Duration = .milliseconds(100)

  private let lock = NSLock()
  private let total: Int
  private let handler: CorpusLoadProgressHandler
  private let clock = ContinuousClock()
  // Guarded by `lock`.
  private var loaded = 0
  private var lastCall: ContinuousClock.Instant

  init(total: Int, handler: @escaping CorpusLoadProgressHandler) {
    self.total = total
    self.handler = handler
    lastCall = clock.now
    handler(CorpusLoadProgress(filesLoaded: 0, filesTotal: total))
  }

  /// `count` more files are loaded.
  func advance(by count: Int) {
    lock.lock()
    defer { lock.unlock() }
    loaded += count
    let now = clock.now
    guard lastCall.duration(to: now) >= Self.interval else { return }
    lastCall = now
    handler(CorpusLoadProgress(filesLoaded: loaded, filesTotal: total))
  }

  /// Every file is loaded.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    handler(CorpusLoadProgress(filesLoaded: total, filesTotal: total))
  }
}
