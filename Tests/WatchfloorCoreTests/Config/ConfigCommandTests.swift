import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// `watchfloor config` and `--config` as a user runs them.
@Suite(.enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"))
struct ConfigCommandTests {
  @Test func printDefaultWritesTheDefaultTextThatParsesBack() throws {
    let run = try WatchfloorBinary.run(["config", "--print-default"])
    #expect(run.status == 0)
    #expect(run.stdout == DefaultConfigText.text)
    #expect(try ConfigParser().parse(run.stdout, file: "printed") == Config.default)
  }

  @Test func checkReportsEveryProblemWithLinesAndExitsOne() throws {
    let dir = try TemporaryDirectory()
    _ = try dir.write("bad.toml", "regions = [\"Gao\", \"Nowhere\"]\n[levels]\nhigh = \"x\"\n")
    let run = try WatchfloorBinary.run(["config", "--config", dir.path + "/bad.toml"])
    #expect(run.status == 1)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(
      lines[0].hasSuffix(
        "bad.toml: line 1: regions: unknown region name \"Nowhere\" (known: Kayes, Koulikoro, Sikasso, Ségou, Mopti, Timbuktu, Gao, Kidal, Taoudénit, Ménaka, Bamako, Bandiagara, Douentza, San, Nioro, Kita, Dioïla, Nara, Bougouni, Koutiala)"
      ))
    #expect(lines[1].hasSuffix("bad.toml: line 3: levels.high: expected a number, found a string"))
  }

  @Test func summaryRefusesAnInvalidConfig() throws {
    let dir = try TemporaryDirectory()
    _ = try dir.write("bad.toml", "[trend]\nrecent_weeks = 40\n")
    _ = try dir.write("corpus/a.txt", "2024-01-01\n\nOne.")
    let run = try WatchfloorBinary.run([
      "summary", "--corpus", dir.path + "/corpus", "--config", dir.path + "/bad.toml",
    ])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("line 2: trend.recent_weeks: must be between 1 and 11, found 40"))
  }
}

extension ConfigCommandTests {
  @Test func summaryReadsTheCorpusFromTheConfigFile() throws {
    let dir = try TemporaryDirectory()
    _ = try dir.write("cfg/config.toml", "corpus = \"../reports\"\n")
    _ = try dir.write("reports/a.txt", "2024-01-01\n\nOne.")
    _ = try dir.write("reports/b.txt", "2024-01-02\n\nTwo.")
    let run = try WatchfloorBinary.run(
      ["summary", "--config", dir.path + "/cfg/config.toml"], environment: ["WATCHFLOOR_CORPUS": nil],
      currentDirectory: dir.path)
    #expect(run.status == 0)
    #expect(run.stdout.contains("Reports: 2 "))
  }
}
