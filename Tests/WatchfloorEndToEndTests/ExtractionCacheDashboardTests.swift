import Foundation
import Testing
import WatchfloorTestSupport

/// The dashboard with the extraction cache: a second start reuses it (the log says so), and a
/// damaged cache file is ignored with a warning on the status line, the data unchanged.
@Suite(.enabled(if: TmuxSession.executable != nil, "tmux is not installed (.ci/run installs it)"))
struct ExtractionCacheDashboardTests {
  @Test func aSecondStartUsesTheCacheAndADamagedFileIsAWarning() throws {
    let cache = try TemporaryDirectory(prefix: "e2e-cache")
    let dashboard = try DashboardHarness(
      width: 200, height: 50, environment: ["WATCHFLOOR_CACHE_DIR": cache.path])
    let log = dashboard.corpus.path + "-state/watchfloor.log"
    func run() throws -> String {
      try dashboard.start(["--no-watch", "--log-file", log])
      let screen = try dashboard.waitForFrame(after: 0).screen
      try dashboard.tmux.send("q")
      #expect(try dashboard.waitForExit().code == 0)
      return screen
    }
    let first = try run()
    let files = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter {
      $0.hasSuffix(".wfcache")
    }
    #expect(files.count == 1)
    let second = try run()
    let logText = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(logText.contains("cache: 19 hits, 0 misses"))
    #expect(second.contains("19 reports"))
    // Damage the file: the next start warns and shows the same data.
    let path = cache.path + "/" + files[0]
    var bytes = Array(try #require(FileManager.default.contents(atPath: path)))
    bytes[bytes.count - 10] ^= 0xFF
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let third = try run()
    #expect(third.contains("extraction cache"))
    #expect(third.contains("checksum mismatch"))
    #expect(third.contains("19 reports"))
    #expect(first.contains("19 reports"))
  }
}
