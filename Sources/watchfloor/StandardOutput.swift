#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Buffered writing to standard output that ends the process quietly (status 0) when the
/// reader has gone away (`watchfloor incidents | head`): SIGPIPE is ignored and EPIPE stops.
final class StandardOutput {
  private var buffer: [UInt8] = []
  private let flushThreshold = 1 << 16

  init() {
    signal(SIGPIPE, SIG_IGN)
    buffer.reserveCapacity(flushThreshold + 1024)
  }

  deinit { flush() }

  /// Writes `text` and a newline.
  func line(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    buffer.append(0x0A)
    if buffer.count >= flushThreshold { flush() }
  }

  /// Writes everything buffered; exits 0 on a closed pipe, 1 on any other write error.
  func flush() {
    var written = 0
    while written < buffer.count {
      let result = buffer.withUnsafeBytes { bytes in
        write(STDOUT_FILENO, bytes.baseAddress! + written, bytes.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE { exit(0) }
        let message = String(cString: strerror(errno))
        StandardError.line("watchfloor: cannot write output: \(message)")
        exit(1)
      }
      written += result
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// The width of the terminal standard output is on, else `$COLUMNS`, else `fallback`.
  static func width(fallback: Int = 120) -> Int {
    #if os(Linux)
      if isatty(STDOUT_FILENO) != 0 {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
          return Int(size.ws_col)
        }
      }
    #endif
    if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 {
      return columns
    }
    return fallback
  }
}

/// One-line messages on standard error.
enum StandardError {
  static func line(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress!, $0.count) }
  }
}
