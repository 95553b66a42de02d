import Testing
import WatchfloorCore

@testable import WatchfloorWatch

@Suite("ChangeEventLine JSON lines")
struct ChangeEventLineTests {
  @Test func oneLinePerFileWithCounts() {
    let change = CorpusChange(
      files: [
        .init(path: "a.txt", kind: .added, incidentsAdded: [IncidentID("a#1"), IncidentID("a#2")]),
        .init(
          path: "b.txt", previousPath: "old/b.txt", kind: .renamed,
          incidentsAdded: [IncidentID("b#1")], incidentsRemoved: [IncidentID("old/b#1")]),
      ],
      newWarnings: [SkippedFile(path: "c.txt", reason: .failed("permission denied"))])
    #expect(
      ChangeEventLine.lines(for: change, time: "2026-11-23T14:00:00.000Z") == [
        #"{"time":"2026-11-23T14:00:00.000Z","file":"a.txt","kind":"added","incidents_added":2,"incidents_removed":0}"#,
        #"{"time":"2026-11-23T14:00:00.000Z","file":"b.txt","kind":"renamed","previous_file":"old/b.txt","incidents_added":1,"incidents_removed":1}"#,
        #"{"time":"2026-11-23T14:00:00.000Z","file":"c.txt","kind":"warning","message":"permission denied"}"#,
      ])
  }

  @Test func hostileFileNamesAreEscaped() {
    #expect(ChangeEventLine.quoted("a\"b\\c\nd\u{1B}[2J\u{9B}") == #""a\"b\\c\nd\u001b[2J\u009b""#)
    #expect(ChangeEventLine.quoted("Ségou") == "\"Ségou\"")
  }

  @Test func folderMissingAndRestoredLines() {
    let time = "2026-11-23T14:00:00.000Z"
    #expect(
      ChangeEventLine.folderLine(folder: "/data/corpus", missingReason: "not found", time: time)
        == #"{"time":"2026-11-23T14:00:00.000Z","kind":"folder_missing","folder":"/data/corpus","reason":"not found"}"#
    )
    #expect(
      ChangeEventLine.folderLine(folder: "/data/corpus", missingReason: nil, time: time)
        == #"{"time":"2026-11-23T14:00:00.000Z","kind":"folder_restored","folder":"/data/corpus"}"#)
  }
}
