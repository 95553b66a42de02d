import CNCurses
import Glibc
public import WatchfloorUI

/// Runs the dashboard in the terminal: owns the screen, the signal channel and the event loop,
/// feeds keys to ``AppState/handle(_:)`` and paints ``Renderer`` frames when something changed.
///
/// Typical use (the ``EventLoop`` is open for more sources, e.g. a file watcher):
/// ```swift
/// let session = try DashboardSession(configuration: config) { capabilities in makeState(capabilities) }
/// session.onReload = { session in session.update { $0 = reloadedState() } }
/// session.loop.addSource(fileDescriptor: { watcher.fileDescriptor }, ...)
/// let exitCode = try session.run()   // the terminal is restored when this returns
/// ```
///
/// A session can also open on a ``LoadingScreen`` (``init(configuration:loading:holdingFirstFrameFor:)``)
/// while the corpus loads elsewhere, then switch to the dashboard with ``showDashboard(_:)``.
public final class DashboardSession {
  /// The event loop; add descriptors and deadlines to it before or during ``run()``.
  public let loop = EventLoop()
  /// The terminal.
  public let screen: TerminalScreen
  /// The state shown; change it with ``update(_:)`` so a frame is drawn. Only read it once the
  /// dashboard is shown (``isLoading`` is false): there is no state while loading.
  public var state: AppState {
    guard let dashboard else { preconditionFailure("no dashboard state while loading") }
    return dashboard
  }
  /// The loading screen, while the session shows it instead of the dashboard.
  public private(set) var loading: LoadingScreen?
  /// Whether the loading screen is shown (no dashboard state yet).
  public var isLoading: Bool { dashboard == nil }
  /// Called on the `r` key (``AppEffect/reload``); push the new state with ``update(_:)``.
  public var onReload: ((DashboardSession) -> Void)?
  /// Called after each painted frame with its number (1 for the first frame).
  public var afterFrame: ((Int) -> Void)?
  /// Draw the frame number at the right of the status line (tests wait for "the next frame");
  /// loading frames are counted but not stamped, so a stamp means the dashboard is up.
  public var showsFrameCounter = false
  /// The grid the next frame is rendered into: the frame before last, handed back by
  /// ``TerminalScreen/paint(swapping:)``, so frames reuse two grids.
  private var grid = ScreenGrid(width: 0, height: 0)
  /// Frames painted so far.
  public private(set) var frameCount = 0
  /// How long the last frame took to render into a grid and to paint on the terminal.
  public private(set) var lastFrameTiming: (render: Duration, paint: Duration) = (.zero, .zero)

  private let signals: SignalChannel
  private var needsRedraw = true
  private var dashboard: AppState?
  /// Changes asked for while loading, applied to the first dashboard state.
  private var pendingUpdates: [(inout AppState) -> Void] = []
  /// Loading frames are not painted before this instant, so a corpus that loads at once goes
  /// straight to the dashboard without a flash of the loading screen.
  private var loadingFramesFrom: ContinuousClock.Instant?

  /// Blocks the dashboard's signals (SIGINT, SIGTERM, SIGHUP, SIGWINCH) into a `signalfd`,
  /// then opens the terminal, then builds the first state for the terminal's capabilities.
  public init(
    configuration: TerminalScreen.Configuration,
    makeState: (TerminalCapabilities) throws -> AppState
  ) throws {
    (signals, screen) = try Self.openTerminal(configuration)
    do {
      dashboard = try makeState(screen.capabilities)
    } catch {
      screen.close()
      signals.restoreMask()
      throw error
    }
    addTerminalSources()
  }

  /// Checks the terminal is usable, blocks the dashboard's signals into a `signalfd`, then opens
  /// the terminal; if opening fails, the signal mask is restored before the error is thrown.
  private static func openTerminal(
    _ configuration: TerminalScreen.Configuration
  ) throws -> (SignalChannel, TerminalScreen) {
    try TerminalScreen.checkUsable(environment: configuration.environment)
    let signals = try SignalChannel()
    do {
      return (signals, try TerminalScreen(configuration: configuration))
    } catch {
      signals.restoreMask()
      throw error
    }
  }

  /// Like ``init(configuration:makeState:)``, but shows `loading` until ``showDashboard(_:)``.
  /// Start the loading work after this returns: threads started later inherit the blocked
  /// signals, so SIGINT and friends still reach the event loop.
  /// - Parameter hold: loading frames wait this long after opening, so data that is ready by
  ///   then is the first frame.
  public init(
    configuration: TerminalScreen.Configuration, loading: LoadingScreen,
    holdingFirstFrameFor hold: Duration = .zero
  ) throws {
    (signals, screen) = try Self.openTerminal(configuration)
    self.loading = loading
    let clock = ContinuousClock()
    let framesFrom = clock.now.advanced(by: hold)
    loadingFramesFrom = framesFrom
    addTerminalSources()
    // Wakes the loop when the hold ends, if the loading screen is still up.
    loop.addDeadline(
      timeout: { [unowned self] in
        guard isLoading, loadingFramesFrom != nil else { return nil }
        return max(.zero, clock.now.duration(to: framesFrom))
      },
      onWake: { [unowned self] in
        if loadingFramesFrom.map({ clock.now >= $0 }) ?? false { loadingFramesFrom = nil }
      })
  }

  private func addTerminalSources() {
    loop.add(fd: signals.fileDescriptor) { [unowned self] in handleSignals() }
    loop.add(
      fd: STDIN_FILENO, onReadable: { [unowned self] in handleInput() },
      onHangup: { [unowned self] in loop.stop(exitCode: 128 + SIGHUP) })
    loop.beforeWaiting = { [unowned self] in drawIfNeeded() }
  }

  /// Changes the state (a reload, a watcher notice) and schedules a frame. While loading, the
  /// change is kept and applied to the state given to ``showDashboard(_:)``.
  public func update(_ change: @escaping (inout AppState) -> Void) {
    guard dashboard != nil else {
      pendingUpdates.append(change)
      return
    }
    change(&dashboard!)
    needsRedraw = true
  }

  /// Changes the loading screen; a frame is drawn only when what it shows changed.
  public func updateLoading(_ change: (inout LoadingScreen) -> Void) {
    guard var screen = loading else { return }
    change(&screen)
    if screen != loading {
      loading = screen
      needsRedraw = true
    }
  }

  /// Leaves the loading screen: `state` (with the changes asked for while loading) is shown
  /// from the next frame on.
  public func showDashboard(_ state: AppState) {
    var state = state
    for change in pendingUpdates { change(&state) }
    pendingUpdates = []
    dashboard = state
    loading = nil
    loadingFramesFrom = nil
    needsRedraw = true
  }

  /// Schedules a frame without changing the state.
  public func setNeedsRedraw() { needsRedraw = true }

  /// Runs until `q`, a signal or a hang-up, restores the terminal and returns the exit code:
  /// 0 for `q`, 128 + n for signal n (130 SIGINT, 143 SIGTERM, 129 SIGHUP or a closed tty).
  public func run() throws(TerminalError) -> Int32 {
    defer { close() }
    return try loop.run()
  }

  /// Restores the terminal (idempotent).
  public func close() { screen.close() }

  private func handleSignals() {
    for signal in signals.takeAll() {
      switch signal {
      case SIGWINCH:
        if screen.adoptKernelSize() { needsRedraw = true }
        handleInput()  // resizeterm queued KEY_RESIZE inside ncurses, not on the descriptor
      case SIGINT, SIGTERM, SIGHUP:
        loop.stop(exitCode: 128 + signal)
      default:
        break
      }
    }
  }

  private func handleInput() {
    for key in screen.readKeys() {
      if loop.isStopped { return }
      if key == .resize {
        screen.invalidate()
        needsRedraw = true
      }
      guard dashboard != nil else {
        // Loading: only the quit key means something (Ctrl-C arrives as SIGINT).
        if loading?.quits(key) == true { loop.stop(exitCode: 0) }
        continue
      }
      switch dashboard!.handle(key) {
      case .quit: loop.stop(exitCode: 0)
      case .reload: onReload?(self)
      case .none: break
      }
      needsRedraw = true
    }
  }

  private func drawIfNeeded() {
    guard needsRedraw, screen.isOpen else { return }
    let clock = ContinuousClock()
    if dashboard == nil, let framesFrom = loadingFramesFrom, clock.now < framesFrom { return }
    needsRedraw = false
    let (width, height) = screen.size
    let started = clock.now
    if dashboard != nil {
      if dashboard!.screenWidth != width || dashboard!.screenHeight != height {
        dashboard!.setScreenSize(width: width, height: height)
      }
      Renderer.render(dashboard!, width: width, height: height, into: &grid)
    } else {
      grid = LoadingView.render(loading ?? LoadingScreen(corpusPath: ""), width: width, height: height)
    }
    let rendered = clock.now
    frameCount += 1
    if showsFrameCounter, dashboard != nil { FrameCounterStamp.stamp(frameCount, on: &grid) }
    screen.paint(swapping: &grid)
    lastFrameTiming = (started.duration(to: rendered), rendered.duration(to: clock.now))
    afterFrame?(frameCount)
  }
}
