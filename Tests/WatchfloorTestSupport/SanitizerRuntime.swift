#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which sanitizer the tests were built with (`swift test --sanitize=…`); the `watchfloor`
/// binary they run is built the same way. A few tests change how they run under one.
public enum SanitizerRuntime {
  /// Built with `--sanitize=address`.
  public static let address = hasSymbol("__asan_init")
  /// Built with `--sanitize=thread`.
  public static let thread = hasSymbol("__tsan_init")

  private static func hasSymbol(_ name: String) -> Bool {
    guard let program = dlopen(nil, RTLD_NOW) else { return false }
    return dlsym(program, name) != nil
  }
}
