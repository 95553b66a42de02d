import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// Reports and file names carrying terminal escape sequences run through every printing command
/// as a subprocess: nothing the officer's terminal would act on may come out.
@Suite(.enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"))
struct OutputInjectionTests {
  static let esc = "\u{1B}"
  static let clipboard = esc + "]52;c;ZWNobyBvd25lZA==\u{07}"
  static let title = esc + "]0;owned" + esc + "\\"
  static let cursor = esc + "[2J" + esc + "[H" + esc + "[10A"
  static let colour = esc + "[31;1m"
  static let c1 = "\u{9B}31m\u{9D}0;x\u{9C}"
  static let bidi = "\u{202E}\u{200B}\u{2066}"

  /// A corpus in a temp dir: escapes in titles, places, actors, summaries and file names.
  static func hostileCorpus() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory(prefix: "inject")
    try dir.write(
      "alert-\(colour)red\(title).txt",
      "03 Mar 2024 | 10:00 AM UTC\nMali: \(title)Attack in Gao\(clipboard)\n"
        + "Event\nGunmen\(cursor) attacked a market in Gao\(colour) on 2 March, killing four civilians.\(c1)\n"
        + "JNIM\(bidi) fighters\(clipboard) ambushed soldiers near Ménaka\(title) on 1 March, killing two soldiers.\n"
    )
    try dir.write(
      "=HYPERLINK(\"x\")\(bidi).txt",
      "Date: 4 March 2024\n\n-2+3 @SUM(A1) Gunmen killed three villagers in Kidal on 3 March.\n")
    try dir.write(
      "+plus.txt", "Date: 5 March 2024\n\n@cmd Soldiers clashed with rebels in Tessalit, three dead.\n")
    try dir.write("\(esc)[31mbinary.txt", bytes: [0x1B, 0x5B, 0x00, 0x07])
    try dir.write("bad\(esc)]0;x\u{07}.pdf", "not a report")
    return dir
  }

  /// The scalars a terminal would act on, or that reorder or hide text.
  static func dangerous(_ text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter { value in
      (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || value == 0x061C
        || (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value)
        || (0x2060...0x2069).contains(value) || value == 0xFEFF
    }
  }

  @Test(arguments: [
    ["summary"], ["summary", "--format", "json"], ["incidents"], ["incidents", "--format", "csv"],
    ["incidents", "--format", "jsonl"], ["check"],
  ])
  func commandPrintsNoControlOrBidiCharacters(_ arguments: [String]) throws {
    let dir = try Self.hostileCorpus()
    let run = try WatchfloorBinary.run(arguments + ["--corpus", dir.path])
    #expect(!run.signalled)
    #expect(!run.stdout.isEmpty)
    #expect(Self.dangerous(run.stdout).isEmpty, "stdout of \(arguments): \(Self.dangerous(run.stdout))")
    #expect(Self.dangerous(run.stderr).isEmpty, "stderr of \(arguments): \(Self.dangerous(run.stderr))")
  }

  @Test func explainPrintsNoControlOrBidiCharacters() throws {
    let dir = try Self.hostileCorpus()
    for name in ["alert-\(Self.colour)red\(Self.title).txt", "=HYPERLINK(\"x\")\(Self.bidi).txt"] {
      let run = try WatchfloorBinary.run(["explain", dir.path + "/" + name])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.contains("incident 1"))
      #expect(Self.dangerous(run.stdout).isEmpty, "\(Self.dangerous(run.stdout))")
      #expect(Self.dangerous(run.stderr).isEmpty)
    }
  }

  @Test func checkNamesEveryHostileFileSafely() throws {
    let dir = try Self.hostileCorpus()
    let run = try WatchfloorBinary.run(["check", "--corpus", dir.path])
    #expect(run.stdout.contains("ok    alert-\u{FFFD}[31;1mred\u{FFFD}]0;owned\u{FFFD}\\.txt"))
    #expect(run.stdout.contains("skip  \u{FFFD}[31mbinary.txt  binary content (NUL bytes)"))
    #expect(run.stdout.contains("5 files: 3 reports, 2 skipped, 0 failed"))
  }

  @Test func jsonlEscapesControlsAndBidiPerJSON() throws {
    let dir = try Self.hostileCorpus()
    let run = try WatchfloorBinary.run(["incidents", "--format", "jsonl", "--corpus", dir.path])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count >= 3)
    #expect(run.stdout.contains("\\u001b"))
    #expect(run.stdout.contains("\\u202e"))
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["source"] is String)
    }
    // The escapes survive as data: decoding the JSON gives back the original file name.
    #expect(run.stdout.contains("=HYPERLINK(\\\"x\\\")\\u202e\\u200b\\u2066.txt"))
  }

  @Test func csvCellsNeverStartAFormula() throws {
    let dir = try Self.hostileCorpus()
    let run = try WatchfloorBinary.run(["incidents", "--format", "csv", "--corpus", dir.path])
    #expect(run.status == 0)
    let rows = run.stdout.split(separator: "\n").dropFirst().map { Self.csvFields(String($0)) }
    #expect(rows.count >= 3)
    #expect(rows.contains { $0.first?.hasPrefix("'=HYPERLINK") == true })
    #expect(rows.contains { $0.first == "'+plus.txt" })
    for row in rows {
      #expect(row.count == IncidentJSONL.keys.count)
      for cell in row {
        #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "cell \(cell)")
      }
    }
  }

  /// RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes).
  static func csvFields(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(line).makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = iterator.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" && field.isEmpty {
        quoted = true
      } else if character == "," {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }
}
