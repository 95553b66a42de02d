#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock time for the header's "loaded HH:MM:SS" and reload messages. Only the program
/// calls this (tests pass fixed strings), so rendering stays deterministic.
public enum ClockTime {
  /// The local time now as `HH:MM:SS`.
  public static func now() -> String {
    var seconds = time(nil)
    var parts = tm()
    localtime_r(&seconds, &parts)
    return [parts.tm_hour, parts.tm_min, parts.tm_sec].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(
      separator: ":")
  }
}
