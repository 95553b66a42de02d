import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// Runs the built `watchfloor` binary as a subprocess.
@Suite(.enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"))
struct CommandLineTests {
  @Test func missingCorpusIsAOneLineErrorWithStatus2() throws {
    let dir = try TemporaryDirectory()
    for command in ["summary", "incidents", "check"] {
      let run = try WatchfloorBinary.run([command, "--corpus", dir.path + "/missing"])
      #expect(run.status == 2, "\(command)")
      #expect(!run.signalled)
      #expect(run.stderr.hasPrefix("watchfloor: corpus directory not found"))
      #expect(run.stderr.filter { $0 == "\n" }.count == 1)
      #expect(run.stdout.isEmpty)
    }
  }

  @Test func noCorpusAnywhereIsStatus2() throws {
    let dir = try TemporaryDirectory()
    let run = try WatchfloorBinary.run(
      ["summary"], environment: ["WATCHFLOOR_CORPUS": nil], currentDirectory: dir.path)
    #expect(run.status == 2)
    #expect(run.stderr.contains("--corpus"))
  }

  @Test func corpusComesFromEnvironmentThenFixtures() throws {
    let dir = try TemporaryDirectory()
    try dir.write("Fixtures/a.txt", "2024-01-01\n\nOne.")
    try dir.write("other/a.txt", "2024-01-01\n\nOne.")
    try dir.write("other/b.txt", "2024-01-02\n\nTwo.")
    let fromFixtures = try WatchfloorBinary.run(
      ["summary"], environment: ["WATCHFLOOR_CORPUS": nil], currentDirectory: dir.path)
    #expect(fromFixtures.status == 0)
    #expect(fromFixtures.stdout.contains("Reports: 1 "))
    let fromEnvironment = try WatchfloorBinary.run(
      ["summary"], environment: ["WATCHFLOOR_CORPUS": dir.path + "/other"], currentDirectory: dir.path)
    #expect(fromEnvironment.stdout.contains("Corpus:  \(dir.path)/other"))
    #expect(fromEnvironment.stdout.contains("Reports: 2 "))
    #expect(fromEnvironment.stdout.contains("Dates:   2024-01-01 to 2024-01-02"))
  }

  @Test func checkListsEveryFileAndExitsZeroWithoutFailures() throws {
    let dir = try TemporaryDirectory()
    try dir.write("alert.txt", "03 Apr 2024 | 09:15 AM UTC\nTitle\nEvent\nSomething.\nAdvice\nCare.")
    try dir.write("notes.pdf", "x")
    try dir.write(".hidden.txt", "x")
    let run = try WatchfloorBinary.run(["check", "--corpus", dir.path])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines.contains { $0.hasPrefix("ok    alert.txt  alert, 2024-04-03 (header), 0 incidents") })
    #expect(lines.contains { $0.hasPrefix("skip  notes.pdf  not a report file (.pdf)") })
    #expect(lines.contains { $0.hasPrefix("skip  .hidden.txt  hidden file") })
    #expect(lines.last == "3 files: 1 reports, 2 skipped, 0 failed")
  }

  @Test func checkExitsOneWhenAFileFailed() throws {
    let dir = try TemporaryDirectory()
    try dir.write("ok.txt", "Fine.")
    let name = Array((dir.path + "/bad-").utf8) + [0xFE] + Array(".txt".utf8) + [0]
    let fd = name.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        open($0, O_CREAT | O_WRONLY, 0o644)
      }
    }
    close(fd)
    let run = try WatchfloorBinary.run(["check", "--corpus", dir.path])
    #expect(run.status == 1)
    #expect(run.stdout.contains("FAIL  "))
    #expect(run.stdout.hasSuffix("1 failed\n"))
  }

  @Test func hostileFileNamesAreNeutralisedInCheckOutput() throws {
    let dir = try TemporaryDirectory()
    try dir.write("evil\u{1B}]0;pwned\u{07}.txt", "Text.")
    let run = try WatchfloorBinary.run(["check", "--corpus", dir.path])
    #expect(run.status == 0)
    #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }

  @Test func incidentsRejectsUnknownRegionAndBadDate() throws {
    let dir = try TemporaryDirectory()
    let region = try WatchfloorBinary.run(["incidents", "--corpus", dir.path, "--region", "Atlantis"])
    #expect(region.status == 64)
    #expect(region.stderr.contains("unknown region"))
    let since = try WatchfloorBinary.run(["incidents", "--corpus", dir.path, "--since", "31/07/2020"])
    #expect(since.status == 64)
  }

  @Test func incidentsFormatsRunOnAnEmptyResult() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.txt", "Nothing happened.")
    let jsonl = try WatchfloorBinary.run(
      ["incidents", "--corpus", dir.path, "--format", "jsonl", "--region", "menaka"])
    #expect(jsonl.status == 0)
    #expect(jsonl.stdout.isEmpty)
    let csv = try WatchfloorBinary.run(["incidents", "--corpus", dir.path, "--format", "csv"])
    #expect(csv.stdout == IncidentCSV.header + "\n")
    let table = try WatchfloorBinary.run(
      ["incidents", "--corpus", dir.path], environment: ["COLUMNS": "60"])
    #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
  }

  @Test func pipingIntoHeadExitsQuietly() throws {
    let dir = try TemporaryDirectory()
    for index in 0..<4000 { try dir.write("r\(index).txt", "Report \(index).") }
    let binary = try #require(WatchfloorBinary.path)
    // head exits after one line; the producer then writes into a closed pipe.
    let closed = try WatchfloorBinary.shell(
      "'\(binary)' check --corpus '\(dir.path)' | head -n 1 >/dev/null; echo producer=${PIPESTATUS[0]}")
    #expect(closed.stdout.contains("producer=0"))
    #expect(closed.stderr.isEmpty)
  }
}
