import Foundation
import Testing
import WatchfloorCore

@Suite struct IncidentExportTests {
  func incident(summary: String = "Gunmen attacked a post.", fatalities: Int? = 4) -> Incident {
    Incident(
      id: IncidentID("r.txt#0"),
      date: IncidentDate(day: Day(year: 2024, month: 3, day: 5)!, precision: .month),
      region: Region("Ménaka"), location: "=cmd|' /C calc'!A0", actors: ["JNIM", "FAMa"],
      eventType: .explosionsRemoteViolence, fatalities: fatalities, summary: summary,
      source: "sub/r.txt", sourceText: summary, span: 0..<summary.utf8.count, isMainEvent: true)
  }

  func decode(_ line: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func jsonlHasExactlyTheSchemaKeysInOrder() throws {
    let line = IncidentJSONL.line(incident())
    let object = try decode(line)
    #expect(Set(object.keys) == Set(IncidentJSONL.keys))
    #expect(IncidentJSONL.keys.count == 9)
    let positions = IncidentJSONL.keys.map { line.range(of: "\"\($0)\":")!.lowerBound }
    #expect(positions == positions.sorted())
    #expect(object["source"] as? String == "sub/r.txt")
    #expect(object["date"] as? String == "2024-03-05")
    #expect(object["date_precision"] as? String == "month")
    #expect(object["region"] as? String == "Ménaka")
    #expect(object["event_type"] as? String == "Explosions/Remote violence")
    #expect(object["fatalities"] as? Int == 4)
    #expect(object["actors"] as? [String] == ["JNIM", "FAMa"])
  }

  @Test func jsonlWritesNullsForUnknowns() throws {
    var unknown = incident(fatalities: nil)
    unknown.date = nil
    unknown.region = nil
    unknown.location = nil
    unknown.eventType = nil
    unknown.actors = []
    let line = IncidentJSONL.line(unknown)
    let object = try decode(line)
    for key in ["date", "date_precision", "region", "location", "event_type", "fatalities"] {
      #expect(object[key] is NSNull, "\(key) should be null")
    }
    #expect((object["actors"] as? [Any])?.isEmpty == true)
  }

  @Test func jsonlEscapesControlCharactersAndRoundTrips() throws {
    let hostile = "Quote \" back\\slash\n\t\u{1B}]52;c;AAAA\u{07} \u{9B}31m \u{2028} \u{0} end"
    let line = IncidentJSONL.line(incident(summary: hostile))
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(!line.contains("\u{2028}"))
    #expect(try decode(line)["summary"] as? String == hostile)
  }

  @Test func csvProtectsAgainstFormulasAndControls() {
    let row = IncidentCSV.row(incident(summary: "@SUM(A1)\u{1B}[2J, fine"))
    #expect(IncidentCSV.header == IncidentJSONL.keys.joined(separator: ","))
    #expect(row.contains("'=cmd|' /C calc'!A0"))
    #expect(row.contains("\"'@SUM(A1)\u{FFFD}[2J, fine\""))
    #expect(!row.unicodeScalars.contains { $0.value < 0x20 })
    #expect(row.hasPrefix("sub/r.txt,2024-03-05,month,Ménaka,"))
  }
}
