import CNCurses
import Glibc

/// Blocks signals for the process and delivers them through a `signalfd`, so the event loop
/// waits for them in `poll()` next to stdin instead of being interrupted.
///
/// Create it on the main thread before any other thread starts and before `newterm`: threads
/// created later inherit the mask, and ncurses never sees the signals.
public final class SignalChannel {
  /// Readable when one of the signals is pending.
  public let fileDescriptor: Int32
  private var blocked = sigset_t()
  private var previousMask = sigset_t()

  /// The signals the dashboard handles itself.
  public static let dashboardSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

  /// Blocks `signals` and opens the descriptor.
  public init(signals: [Int32] = SignalChannel.dashboardSignals) throws(TerminalError) {
    sigemptyset(&blocked)
    for signal in signals { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, &previousMask)
    let descriptor = signalfd(-1, &blocked, Int32(SFD_CLOEXEC | SFD_NONBLOCK))
    guard descriptor >= 0 else {
      let error = errno
      pthread_sigmask(SIG_SETMASK, &previousMask, nil)
      throw .systemCall("signalfd", errno: error)
    }
    fileDescriptor = descriptor
  }

  deinit { Glibc.close(fileDescriptor) }

  /// Every pending signal number, consumed (empty when none is pending).
  public func takeAll() -> [Int32] {
    var signals: [Int32] = []
    var info = signalfd_siginfo()
    let size = MemoryLayout<signalfd_siginfo>.size
    while read(fileDescriptor, &info, size) == size { signals.append(Int32(info.ssi_signo)) }
    return signals
  }

  /// Restores the signal mask that was in force before, so a pending signal is delivered with
  /// its default action (used when exiting because of that signal is wanted).
  public func restoreMask() { pthread_sigmask(SIG_SETMASK, &previousMask, nil) }
}
