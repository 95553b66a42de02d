import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// `watchfloor explain FILE` on a bundled fixture: every field with the words it came from.
@Suite(.enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"))
struct ExplainCommandTests {
  static let file = FixturePaths.fixtures + "/alerts/alert-2024-11-18-gao-ansongo-ied.txt"

  func field(_ name: String, in lines: [String]) -> String? {
    lines.first { $0.hasPrefix("  " + name + " ") }.map {
      String($0.dropFirst(2 + name.count)).trimmingCharacters(in: .whitespaces)
    }
  }

  @Test func everyFieldWithItsWords() throws {
    let run = try WatchfloorBinary.run(["explain", Self.file])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "report   alert-2024-11-18-gao-ansongo-ied.txt")
    #expect(lines.contains("kind     alert"))
    #expect(lines.contains("date     2024-11-18 (header)"))
    // The headline's lead retells the Event section: one incident.
    #expect(lines.filter { $0.hasPrefix("incident ") }.count == 1)
    #expect(field("sentence", in: lines)?.hasPrefix("An improvised explosive device detonated") == true)
    #expect(field("date", in: lines) == "2024-11-17  ← Nov 17")
    #expect(field("region", in: lines) == "Gao  ← Gao region")
    #expect(field("location", in: lines) == "RN17")
    #expect(field("actors", in: lines) == "FAMa  ← FAMa ← Malian army; FAMa ← soldiers")
    let type = try #require(field("event type", in: lines))
    #expect(type.hasPrefix("Explosions/Remote violence  ← improvised explosive device, detonated"))
    #expect(field("fatalities", in: lines) == "4  ← Four")
    #expect(field("main", in: lines)?.hasPrefix("dated 0 days before the lead event") == true)
  }

  @Test func aFileWithoutAnEventSaysSo() throws {
    let dir = try TemporaryDirectory()
    try dir.write("note.txt", "20 May 2023\n\nTravel guidance for Gao region reviewed.\n")
    let run = try WatchfloorBinary.run(["explain", dir.path + "/note.txt"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("no incidents: no sentence reports an event"))
  }

  @Test func anUnreadableFileIsStatus2() throws {
    let dir = try TemporaryDirectory()
    let run = try WatchfloorBinary.run(["explain", dir.path + "/missing.txt"])
    #expect(run.status == 2)
    #expect(run.stderr.hasPrefix("watchfloor: cannot read"))
  }

  @Test func summaryCountsTheSameAttackFromTwoFilesOnce() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      "alerts/a.txt",
      "12 June 2024\n\nOn 11 June, JNIM fighters attacked an army post in Ansongo, killing five soldiers.\n")
    try dir.write(
      "news/b.txt",
      "13 June 2024\n\nFive soldiers were killed on 11 June when JNIM militants attacked an army post in Ansongo.\n"
    )
    let run = try WatchfloorBinary.run(["summary", "--corpus", dir.path])
    #expect(run.status == 0)
    let gao = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("Gao ") })
    let cells = gao.split(separator: " ", omittingEmptySubsequences: true)
    #expect(cells[1] == "1")  // incidents
    #expect(cells[2] == "5")  // fatalities, not 10
  }
}
