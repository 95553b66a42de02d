import Foundation
import Testing
import WatchfloorTestSupport

/// `watchfloor summary` with the risk columns, `--format json`, `--as-of` and `--now`.
@Suite(.enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"))
struct SummaryRiskCommandTests {
  static func corpus() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    _ = try dir.write(
      "alert.txt",
      "03 Apr 2024 | 09:15 AM UTC\nMali: Roads closed in Gao region\nEvent\nRoads were closed.\nAdvice\n"
        + "Avoid all travel to Gao region.")
    _ = try dir.write("old.txt", "2024-03-01\n\nA quiet note.")
    return dir
  }

  @Test func tableShowsAsOfAndRiskColumns() throws {
    let dir = try Self.corpus()
    let run = try WatchfloorBinary.run(["summary", "--corpus", dir.path], environment: ["COLUMNS": "160"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("As of:   2024-04-03 (newest report)"))
    #expect(run.stdout.contains("LEVEL     TREND    WHY"))
    #expect(run.stdout.contains("no data"))
  }

  @Test func asOfAndNowOverrideTheDay() throws {
    let dir = try Self.corpus()
    let fixed = try WatchfloorBinary.run(["summary", "--corpus", dir.path, "--as-of", "2024-03-15"])
    #expect(fixed.stdout.contains("As of:   2024-03-15 (--as-of)"))
    let today = try WatchfloorBinary.run(["summary", "--corpus", dir.path, "--now"])
    #expect(today.stdout.contains("(today)"))
    let both = try WatchfloorBinary.run(["summary", "--corpus", dir.path, "--now", "--as-of", "2024-03-15"])
    #expect(both.status != 0)
    let bad = try WatchfloorBinary.run(["summary", "--corpus", dir.path, "--as-of", "15/03/2024"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("YYYY-MM-DD"))
  }

  @Test func jsonHasEveryRegionWithLevelTrendReasonsAndAdvice() throws {
    let dir = try Self.corpus()
    let run = try WatchfloorBinary.run(["summary", "--corpus", dir.path, "--format", "json"])
    #expect(run.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(object?["asOf"] as? String == "2024-04-03")
    #expect(object?["asOfSource"] as? String == "newestReport")
    let regions = object?["regions"] as? [[String: Any]] ?? []
    #expect(regions.count >= 11)
    let gao = regions.first { $0["region"] as? String == "Gao" }
    #expect(gao?["level"] is NSNull)  // no incidents: no data, never Minimal
    #expect(gao?["trend"] is NSNull)
    #expect((gao?["reasons"] as? [String])?.isEmpty == false)
    let advice = gao?["advisories"] as? [[String: Any]]
    #expect(advice?.first?["text"] as? String == "Avoid all travel to Gao region.")
    #expect(advice?.first?["source"] as? String == "alert.txt")
    #expect(advice?.first?["date"] as? String == "2024-04-03")
  }
}
