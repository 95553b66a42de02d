internal import Foundation

/// The extraction cache directory of every `watchfloor` process the tests start
/// (`WATCHFLOOR_CACHE_DIR`), one per test process under the temporary directory, so the suite
/// never reads or writes the real `~/.cache/watchfloor`.
public enum TestCacheDirectory {
  /// `$TMPDIR/watchfloor-test-cache-PID`.
  public static let path: String = {
    let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    return base + "/watchfloor-test-cache-\(ProcessInfo.processInfo.processIdentifier)"
  }()
}
