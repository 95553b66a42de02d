import Glibc

/// Timings for the diagnostics log: durations in milliseconds and the wall clock in
/// microseconds since the epoch (what an outside script compares with the time it wrote a file).
enum TimingText {
  /// "12.34 ms".
  static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let hundredths = seconds * 100_000 + attoseconds / 10_000_000_000_000
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) ms"
  }

  /// Seconds since the epoch with six decimals, from `CLOCK_REALTIME`.
  static func wallClockNow() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let micros = Int(now.tv_nsec / 1_000)
    let digits = String(micros)
    return "\(now.tv_sec)." + String(repeating: "0", count: 6 - digits.count) + digits
  }
}
