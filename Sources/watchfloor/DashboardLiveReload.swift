import Foundation
import WatchfloorCore
import WatchfloorTerminal
import WatchfloorUI
import WatchfloorWatch

/// Live reload for the dashboard: follows the corpus folder (inotify, or polling) and replaces
/// the data in place when reports change. ``AppState/replaceData(_:reloadedFiles:at:)`` keeps
/// the officer's selection, scroll, detail and filter, marks new incidents, and sets the
/// "reloaded K files at HH:MM:SS" status line.
enum DashboardLiveReload {
  /// Adds the follower to the session's event loop and makes `r` a rescan by fingerprints.
  static func attach(
    _ follower: CorpusFollower<ContinuousClock>, to session: DashboardSession,
    log: DiagnosticLog?
  ) {
    // The session owns the loop that holds these closures: refer to it without a cycle, so
    // everything is freed at exit (LeakSanitizer reports cycles as leaks).
    unowned let session = session
    var missingSince: String? = nil
    var shownStatus = watchStatus(of: follower, missingSince: missingSince)
    session.update {
      $0.watchStatus = shownStatus
      if let notice = notice(for: follower) { $0.setStatus(notice) }
    }
    log?.log("watch: \(follower.statusText)")
    if follower.watcher != nil { warmUpExtractor(of: follower.store.loader) }

    let clock = ContinuousClock()
    /// `requested`: the officer pressed the reload key, so even "reloaded 0 files" is news. A
    /// watcher update that touched no report (an editor's temporary file came and went) leaves
    /// the status line alone.
    func show(_ update: CorpusUpdate, storeTime: Duration, requested: Bool = false) {
      let started = clock.now
      let count = max(update.change.filesRead, update.change.files.count)
      let announced = requested || count > 0 ? count : nil
      let time = ClockTime.now()
      var dataTime = Duration.zero
      // The data shown is updated in place at the cost of what changed (the result equals a
      // full build of the new corpus), then the officer's context is restored.
      session.update {
        dataTime = $0.reload(
          to: update.corpus, changedPaths: update.changedPaths, previousReports: update.previousReports,
          loadedAt: time, reloadedFiles: announced, at: time)
      }
      let total = started.duration(to: clock.now)
      let files = update.change.files.map { "\($0.kind.rawValue) \($0.path)" }
      log?.log(
        "reload: \(update.change.filesRead) read (store \(TimingText.milliseconds(storeTime)), data "
          + "\(TimingText.milliseconds(dataTime)), state "
          + "\(TimingText.milliseconds(total - dataTime))); " + files.joined(separator: ", "))
    }

    session.loop.addSource(
      fileDescriptor: { follower.fileDescriptor },
      timeout: { follower.timeout() },
      onReadable: { follower.handleReadable() },
      onWake: {
        let started = clock.now
        if let update = follower.takeUpdate(), update.corpusChanged {
          show(update, storeTime: started.duration(to: clock.now))
        }
        if let problem = follower.rootProblem, missingSince == nil {
          let since = ClockTime.now()
          missingSince = since
          session.update {
            $0.setStatus("corpus folder missing since \(since); showing last good data")
          }
          log?.log("corpus folder missing (\(problem)); keeping the last good data")
        } else if follower.rootProblem == nil, missingSince != nil {
          missingSince = nil
          session.update { $0.setStatus("corpus folder back at \(ClockTime.now())") }
          log?.log("corpus folder back; rescanned")
        }
        let status = watchStatus(of: follower, missingSince: missingSince)
        if status != shownStatus {
          shownStatus = status
          session.update {
            $0.watchStatus = status
            if missingSince == nil, let notice = notice(for: follower) { $0.setStatus(notice) }
          }
          log?.log("watch: \(follower.statusText)")
        }
      })

    session.onReload = { session in
      do {
        let started = clock.now
        let update = try follower.reloadNow()
        show(update, storeTime: started.duration(to: clock.now), requested: true)
      } catch {
        session.update { $0.setStatus("reload failed: " + SafeText.singleLine("\(error)")) }
        log?.log("reload failed: \(error)")
      }
    }
  }

  /// Builds the extractor's tables on a background thread (by parsing and extracting a short
  /// report). A start served from the extraction cache never built them, so the first reload
  /// would, before its frame (~85 ms at 10k, load 4.5).
  static func warmUpExtractor(of loader: CorpusLoader) {
    let thread = Thread {
      let report = loader.parser.parse(
        path: "warm-up.txt", text: "3 May 2024\nGunmen killed 2 people near Gao, Gao region.\n",
        fileModified: nil)
      withExtendedLifetime(loader.extractor.extract(from: report)) {}
    }
    thread.qualityOfService = .utility
    thread.start()
  }

  /// The header's watch indicator.
  static func watchStatus(
    of follower: CorpusFollower<ContinuousClock>, missingSince: String?
  ) -> WatchStatus {
    if let missingSince { return .folderMissing(since: missingSince) }
    if let error = follower.lastError { return .stopped(error.description) }
    guard let watcher = follower.watcher else {
      return follower.watchProblem.map { .stopped($0) } ?? .off
    }
    switch watcher.mode {
    case .inotify: return .watching
    case .polling(let interval, _):
      return .polling(seconds: max(1, Int(interval.components.seconds)))
    }
  }

  /// A status-line message when polling replaces inotify, saying why.
  static func notice(for follower: CorpusFollower<ContinuousClock>) -> String? {
    guard case .polling(_, .some)? = follower.watcher?.mode else { return nil }
    return follower.statusText
  }
}
