import Foundation
import Glibc
import WatchfloorCore
import WatchfloorUI
@_spi(Testing) import WatchfloorWatch

/// The dashboard's cold load on its own thread: builds the ``CorpusFollower`` (which loads the
/// corpus, then starts watching), catches up with changes made meanwhile and builds the first
/// ``DashboardData``, while the event loop keeps painting the loading screen.
///
/// The loop waits on ``fileDescriptor`` (a pipe the thread writes a byte to on progress and
/// when done) and reads ``progress`` and ``takeResult()``. Everything shared is behind `lock`.
final class BackgroundCorpusLoad: @unchecked Sendable {
  /// What the thread hands over when it is done.
  struct Loaded {
    let follower: CorpusFollower<ContinuousClock>
    let data: DashboardData
    let reportCount: Int
    let skippedCount: Int
  }

  /// The read end of the wake pipe; nil once ``close()`` ran.
  private(set) var fileDescriptor: Int32?
  private let writeEnd: Int32
  private let lock = NSLock()
  // Guarded by `lock`.
  private var latest: CorpusLoadProgress?
  private var result: Result<Loaded, CorpusError>?
  private var resultTaken = false

  /// Opens the pipe; ``start(_:)`` starts the thread.
  init() throws(CorpusError) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else {
      throw CorpusError("cannot create a pipe: \(String(cString: strerror(errno)))")
    }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    fileDescriptor = ends[0]
    writeEnd = ends[1]
  }

  deinit {
    close()
    Glibc.close(writeEnd)
  }

  /// Runs `load` on a new thread. It gets a progress handler to pass to the loader. The result
  /// is handed over to the thread that calls ``takeResult()``: the load thread never touches
  /// the follower again once it returned it.
  func start(
    _ load: @escaping @Sendable (@escaping CorpusLoadProgressHandler) throws(CorpusError) -> Loaded
  ) {
    let thread = Thread { [self] in
      let outcome: Result<Loaded, CorpusError>
      do throws(CorpusError) {
        outcome = .success(try load { [self] progress in report(progress) })
      } catch {
        outcome = .failure(error)
      }
      lock.withLock { result = outcome }
      wake()
    }
    thread.name = "corpus-load"
    thread.start()
  }

  /// The last progress reported, if any.
  var progress: CorpusLoadProgress? { lock.withLock { latest } }

  /// The result once the load is done, once; nil before.
  func takeResult() -> Result<Loaded, CorpusError>? {
    lock.withLock {
      guard !resultTaken, let result else { return nil }
      resultTaken = true
      self.result = nil
      return result
    }
  }

  /// Empties the pipe (the loop calls it when the descriptor is readable).
  func drain() {
    guard let fileDescriptor else { return }
    var buffer = [UInt8](repeating: 0, count: 64)
    while read(fileDescriptor, &buffer, buffer.count) > 0 {}
  }

  /// Closes the read end. The write end stays open until the object goes, so a load still
  /// running (after `q`) never writes to a closed descriptor.
  func close() {
    guard let fileDescriptor else { return }
    Glibc.close(fileDescriptor)
    self.fileDescriptor = nil
  }

  private func report(_ progress: CorpusLoadProgress) {
    lock.withLock { latest = progress }
    wake()
  }

  /// One byte; a full pipe already means "wake up".
  private func wake() {
    var byte: UInt8 = 1
    _ = write(writeEnd, &byte, 1)
  }
}
