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
public final class DashboardSession {
  /// The event loop; add descriptors and deadlines to it before or during ``run()``.
  public let loop = EventLoop()
  /// The terminal.
  public let screen: TerminalScreen
  /// The state shown; change it with ``update(_:)`` so a frame is drawn.
  public private(set) var state: AppState
  /// Called on the `r` key (``AppEffect/reload``); push the new state with ``update(_:)``.
  public var onReload: ((DashboardSession) -> Void)?
  /// Called after each painted frame with its number (1 for the first frame).
  public var afterFrame: ((Int) -> Void)?
  /// Draw the frame number at the right of the status line (tests wait for "the next frame").
  public var showsFrameCounter = false
  /// Frames painted so far.
  public private(set) var frameCount = 0
  /// How long the last frame took to render into a grid and to paint on the terminal.
  public private(set) var lastFrameTiming: (render: Duration, paint: Duration) = (.zero, .zero)

  private let signals: SignalChannel
  private var needsRedraw = true

  /// Blocks the dashboard's signals (SIGINT, SIGTERM, SIGHUP, SIGWINCH) into a `signalfd`,
  /// then opens the terminal, then builds the first state for the terminal's capabilities.
  public init(
    configuration: TerminalScreen.Configuration,
    makeState: (TerminalCapabilities) throws -> AppState
  ) throws {
    try TerminalScreen.checkUsable(environment: configuration.environment)
    signals = try SignalChannel()
    do {
      screen = try TerminalScreen(configuration: configuration)
    } catch {
      signals.restoreMask()
      throw error
    }
    do {
      state = try makeState(screen.capabilities)
    } catch {
      screen.close()
      signals.restoreMask()
      throw error
    }
    loop.add(fd: signals.fileDescriptor) { [unowned self] in handleSignals() }
    loop.add(
      fd: STDIN_FILENO, onReadable: { [unowned self] in handleInput() },
      onHangup: { [unowned self] in loop.stop(exitCode: 128 + SIGHUP) })
    loop.beforeWaiting = { [unowned self] in drawIfNeeded() }
  }

  /// Changes the state (a reload, a watcher notice) and schedules a frame.
  public func update(_ change: (inout AppState) -> Void) {
    change(&state)
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
      switch state.handle(key) {
      case .quit: loop.stop(exitCode: 0)
      case .reload: onReload?(self)
      case .none: break
      }
      needsRedraw = true
    }
  }

  private func drawIfNeeded() {
    guard needsRedraw, screen.isOpen else { return }
    needsRedraw = false
    let (width, height) = screen.size
    if state.screenWidth != width || state.screenHeight != height {
      state.setScreenSize(width: width, height: height)
    }
    let clock = ContinuousClock()
    let started = clock.now
    var grid = Renderer.render(state, width: width, height: height)
    let rendered = clock.now
    frameCount += 1
    if showsFrameCounter { FrameCounterStamp.stamp(frameCount, on: &grid) }
    screen.paint(grid)
    lastFrameTiming = (started.duration(to: rendered), rendered.duration(to: clock.now))
    afterFrame?(frameCount)
  }
}
