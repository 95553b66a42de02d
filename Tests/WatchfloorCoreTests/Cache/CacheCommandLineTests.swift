import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// The extraction cache seen from the command line: where it is written, `--no-cache`, the
/// config key, and a damaged file (a warning on stderr, the same output).
@Suite(.enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"))
struct CacheCommandLineTests {
  private func cacheFiles(_ directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
      $0.hasSuffix(".wfcache")
    }
  }

  @Test func subcommandsWriteTheCacheAndNoCacheTurnsItOff() throws {
    let cache = try TemporaryDirectory(prefix: "cli-cache")
    let environment: [String: String?] = ["WATCHFLOOR_CACHE_DIR": cache.path]
    let plain = try WatchfloorBinary.run(
      ["incidents", "--format", "jsonl", "--no-cache", "--corpus", FixturePaths.fixtures],
      environment: environment)
    #expect(plain.status == 0)
    #expect(cacheFiles(cache.path).isEmpty, "--no-cache writes nothing")
    for command in [["summary"], ["check"], ["incidents", "--format", "jsonl"]] {
      _ = try WatchfloorBinary.run(
        command + ["--no-cache", "--corpus", FixturePaths.fixtures], environment: environment)
    }
    #expect(cacheFiles(cache.path).isEmpty)
    let cold = try WatchfloorBinary.run(
      ["incidents", "--format", "jsonl", "--corpus", FixturePaths.fixtures], environment: environment)
    #expect(cacheFiles(cache.path).count == 1)
    let warm = try WatchfloorBinary.run(
      ["incidents", "--format", "jsonl", "--corpus", FixturePaths.fixtures], environment: environment)
    #expect(cold.stdout == plain.stdout)
    #expect(warm.stdout == plain.stdout)
    #expect(warm.stderr.isEmpty)
  }

  @Test func theDefaultDirectoryFollowsXDGAndHome() {
    #expect(
      ExtractionCache.defaultDirectory(environment: ["WATCHFLOOR_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x"])
        == "/c")
    #expect(
      ExtractionCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/watchfloor"
    )
    #expect(
      ExtractionCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"])
        == "/h/.cache/watchfloor")
    #expect(ExtractionCache.defaultDirectory(environment: ["HOME": "/h"]) == "/h/.cache/watchfloor")
    #expect(ExtractionCache.defaultDirectory(environment: [:]) == nil)
  }

  @Test func theConfigKeyTurnsItOffForSummary() throws {
    let cache = try TemporaryDirectory(prefix: "cli-cache")
    let config = try TemporaryDirectory(prefix: "cli-config")
    try config.write("config.toml", "cache = false\n")
    let run = try WatchfloorBinary.run(
      ["summary", "--config", config.path + "/config.toml", "--corpus", FixturePaths.fixtures],
      environment: ["WATCHFLOOR_CACHE_DIR": cache.path])
    #expect(run.status == 0)
    #expect(cacheFiles(cache.path).isEmpty)
  }

  @Test func aDamagedCacheFileIsAWarningAndChangesNothing() throws {
    let cache = try TemporaryDirectory(prefix: "cli-cache")
    let environment: [String: String?] = ["WATCHFLOOR_CACHE_DIR": cache.path]
    let reference = try WatchfloorBinary.run(
      ["summary", "--format", "json", "--no-cache", "--corpus", FixturePaths.fixtures],
      environment: environment)
    _ = try WatchfloorBinary.run(["summary", "--corpus", FixturePaths.fixtures], environment: environment)
    let name = try #require(cacheFiles(cache.path).first)
    let path = cache.path + "/" + name
    var bytes = Array(try #require(FileManager.default.contents(atPath: path)))
    bytes[bytes.count / 2] ^= 0x5A
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let damaged = try WatchfloorBinary.run(
      ["summary", "--format", "json", "--corpus", FixturePaths.fixtures], environment: environment)
    #expect(damaged.status == 0)
    #expect(damaged.stdout == reference.stdout)
    #expect(damaged.stderr.contains("watchfloor: warning: extraction cache"))
    #expect(damaged.stderr.contains("checksum mismatch"))
    let repaired = try WatchfloorBinary.run(
      ["summary", "--format", "json", "--corpus", FixturePaths.fixtures], environment: environment)
    #expect(repaired.stderr.isEmpty, "the damaged file was replaced")
    #expect(repaired.stdout == reference.stdout)
  }
}
