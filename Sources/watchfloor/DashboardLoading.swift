import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI

/// Connects a ``BackgroundCorpusLoad`` to the session's event loop: repaints the loading
/// screen as files are read and every second (elapsed time), and hands the result over once.
enum DashboardLoading {
  /// How often the elapsed seconds are refreshed when no progress arrives (listing, building).
  static let tick: Duration = .milliseconds(250)

  static func follow(
    _ load: BackgroundCorpusLoad, in session: DashboardSession, started: ContinuousClock.Instant,
    finished: @escaping (Result<BackgroundCorpusLoad.Loaded, CorpusError>) -> Void
  ) {
    var source: EventLoop.SourceID?
    source = session.loop.addSource(
      fileDescriptor: { load.fileDescriptor },
      timeout: { load.fileDescriptor == nil ? nil : tick },
      onReadable: { load.drain() },
      onWake: {
        guard load.fileDescriptor != nil else { return }
        if let outcome = load.takeResult() {
          load.close()
          if let source { session.loop.remove(source) }
          finished(outcome)
          return
        }
        let progress = load.progress
        let elapsed = Int(started.duration(to: .now).components.seconds)
        session.updateLoading {
          $0.filesTotal = progress?.filesTotal
          $0.filesLoaded = progress?.filesLoaded ?? 0
          $0.elapsedSeconds = elapsed
        }
      })
  }
}
