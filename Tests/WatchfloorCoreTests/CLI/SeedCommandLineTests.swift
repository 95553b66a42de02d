import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// The CLI on the shared seed reports, whose incidents come from the real extractor.
@Suite(
  .enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"),
  .enabled(
    if: FileManager.default.fileExists(atPath: FixturePaths.seeds),
    "../shared/seeds is not present next to the checkout"))
struct SeedCommandLineTests {
  @Test func jsonlLinesHaveExactlyTheSchemaKeys() throws {
    let run = try WatchfloorBinary.run(["incidents", "--corpus", FixturePaths.seeds, "--format", "jsonl"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(Set(object.keys) == Set(IncidentJSONL.keys))
      let source = try #require(object["source"] as? String)
      #expect(!source.hasPrefix("/"))
      #expect(FileManager.default.fileExists(atPath: FixturePaths.seeds + "/" + source))
      if let date = object["date"] as? String { #expect(Day(iso: date) != nil) }
      if let type = object["event_type"] as? String { #expect(EventType(rawValue: type) != nil) }
      #expect(object["actors"] is [Any])
    }
  }

  @Test func regionFilterRollsUpAndFoldsSpellings() throws {
    let all = try WatchfloorBinary.run(["incidents", "--corpus", FixturePaths.seeds, "--format", "jsonl"])
    let menaka = try WatchfloorBinary.run(
      ["incidents", "--corpus", FixturePaths.seeds, "--format", "jsonl", "--region", "MENAKA"])
    let expected = all.stdout.split(separator: "\n").filter { $0.contains("\"region\":\"Ménaka\"") }
    #expect(!expected.isEmpty)
    #expect(menaka.stdout.split(separator: "\n") == expected)
  }

  @Test func sinceDropsOlderAndUndatedIncidents() throws {
    let run = try WatchfloorBinary.run(
      ["incidents", "--corpus", FixturePaths.seeds, "--format", "csv", "--since", "2022-01-01"])
    #expect(run.status == 0)
    let rows = run.stdout.split(separator: "\n").dropFirst()
    for row in rows {
      let date = row.split(separator: ",", omittingEmptySubsequences: false)[1]
      #expect(date >= "2022-01-01")
    }
  }

  @Test func summaryHasHeaderAndRegionRows() throws {
    let run = try WatchfloorBinary.run(["summary", "--corpus", FixturePaths.seeds])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Reports: 5 (0 skipped, 0 failed)"))
    let rows = run.stdout.split(separator: "\n")
    for region in ["Gao", "Ménaka", "Mopti", "Kidal", "Timbuktu", "Bamako"] {
      #expect(rows.contains { $0.hasPrefix(region + " ") })
    }
  }

  /// Seed 002 has no date line: its incidents are dated by the file time, marked `~` and
  /// explained under the table; seed 000 states its dates and stays unmarked.
  @Test func tableMarksDatesGuessedFromTheFileTime() throws {
    let run = try WatchfloorBinary.run(
      ["incidents", "--corpus", FixturePaths.seeds], environment: ["COLUMNS": "120"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("2022-03-25 ") })
    #expect(lines.contains { $0.count > 11 && $0.dropFirst(10).hasPrefix("~") })
    #expect(lines.last == "~ date guessed from the file time")
  }

  @Test func tableNeverWrapsAtNarrowWidths() throws {
    for width in [40, 80] {
      let run = try WatchfloorBinary.run(
        ["incidents", "--corpus", FixturePaths.seeds], environment: ["COLUMNS": String(width)])
      #expect(run.status == 0)
      #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= width })
    }
  }
}
