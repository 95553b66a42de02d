internal import Foundation

/// Golden-file comparison: the expected text lives in a file next to the tests and is compared
/// exactly; `WATCHFLOOR_RECORD_GOLDENS=1` rewrites it (and the check fails so the diff gets
/// reviewed).
public enum GoldenFile {
  /// Whether goldens are being re-recorded.
  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["WATCHFLOOR_RECORD_GOLDENS"] == "1"
  }

  /// Compares `actual` with the golden at `path`; returns a failure message, or nil on a match.
  public static func check(_ actual: String, path: String) -> String? {
    let url = URL(fileURLWithPath: path)
    if isRecording {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
      } catch {
        return "could not record \(path): \(error)"
      }
      return "recorded, review the diff: \(path)"
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      return "missing golden \(path); run with WATCHFLOOR_RECORD_GOLDENS=1 to record it"
    }
    guard expected != actual else { return nil }
    return "golden mismatch: \(path)\n" + firstDifference(expected: expected, actual: actual)
  }

  /// The first differing line, for the failure message.
  public static func firstDifference(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(e.count, a.count) {
      let el = index < e.count ? String(e[index]) : "<none>"
      let al = index < a.count ? String(a[index]) : "<none>"
      if el != al { return "line \(index + 1):\n  expected: \(el)\n  actual:   \(al)" }
    }
    return "(no line differs)"
  }
}
