import CNCurses
import Glibc

/// Turns SIGINT, SIGTERM and SIGHUP into a readable file descriptor (`signalfd`), so an event
/// loop can wait for them in `poll()` next to its other descriptors instead of being killed.
///
/// Create it on the main thread before any other thread starts: the signals are blocked for
/// the calling thread, and threads created later inherit the mask.
public final class TerminationSignals {
  /// Readable when one of the signals is pending.
  public let fileDescriptor: Int32

  /// Blocks the signals and opens the descriptor; nil if `signalfd` fails.
  public init?() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, signal) }
    pthread_sigmask(SIG_BLOCK, &set, nil)
    let descriptor = signalfd(-1, &set, Int32(SFD_CLOEXEC | SFD_NONBLOCK))
    guard descriptor >= 0 else { return nil }
    fileDescriptor = descriptor
  }

  deinit { close(fileDescriptor) }

  /// The pending signal's number, consumed; nil if none is pending.
  public func take() -> Int32? {
    var info = signalfd_siginfo()
    let size = MemoryLayout<signalfd_siginfo>.size
    guard read(fileDescriptor, &info, size) == size else { return nil }
    return Int32(info.ssi_signo)
  }
}
