import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// Extraction on the shared seed reports (../shared/seeds), skipped with a message when absent.
@Suite struct SeedExtractionTests {
  static let seedsPresent = FileManager.default.fileExists(atPath: FixturePaths.seeds)
  let extractor = IncidentExtractor()
  /// The seeds have no date line except 000; their file time stands in, as in the loader.
  let fileDay = Day(year: 2026, month: 11, day: 23)!

  func seed(_ prefix: String, kind: ReportKind = .news) throws -> Report {
    let names = try FileManager.default.contentsOfDirectory(atPath: FixturePaths.seeds)
    let name = try #require(names.first { $0.hasPrefix(prefix) })
    let text = try String(contentsOfFile: FixturePaths.seeds + "/" + name, encoding: .utf8)
    return HandParsedReport.make(path: name, text: text, kind: kind, fallbackDate: fileDay)
  }

  @Test func seedsAreAvailableOrSkippedVisibly() {
    if !Self.seedsPresent {
      print("SeedExtractionTests: \(FixturePaths.seeds) not found; seed checks skipped")
    }
  }

  @Test(.enabled(if: seedsPresent, "needs ../shared/seeds"))
  func alertDroneStrikeTowardMenaka() throws {
    let report = try seed("000", kind: .alert)
    #expect(report.date == Day(year: 2022, month: 3, day: 28))
    let incidents = extractor.extract(from: report)
    let strike = try #require(incidents.first { $0.date?.day == Day(year: 2022, month: 3, day: 25) })
    #expect(strike.date?.precision == .day)
    #expect(strike.region == Region("Ménaka"))
    #expect((strike.fatalities ?? 0) >= 15)
    #expect(strike.actors.contains("ISGS"))
    #expect(strike.eventType == .explosionsRemoteViolence)
    #expect(strike.isMainEvent)
    // "Further attacks are likely" and the Advice section are not incidents.
    #expect(incidents.allSatisfy { !$0.summary.contains("likely") && !$0.summary.contains("Heed") })
  }

  /// Seed 001 states no year: its date comes from the file time. The text names December 2017
  /// as a past event, so "30 September" is read as the first 30 September after it (2018),
  /// which is also the true year; the "over 60 since September" toll is not added.
  @Test(.enabled(if: seedsPresent, "needs ../shared/seeds"))
  func briefMassacreAtAmalaouLaou() throws {
    let report = try seed("001", kind: .brief)
    #expect(report.section(named: "Risks")?.text.contains("Terrorism; Death and injury") == true)
    let incidents = extractor.extract(from: report)
    let massacre = try #require(incidents.first)
    #expect(massacre.date?.day.month == 9)
    #expect(massacre.date?.day.day == 30)
    #expect(massacre.date?.day.year == 2018)
    #expect(massacre.location == "Amalaou-laou")
    #expect(massacre.region == Region("Ménaka"))
    #expect(massacre.fatalities == 22)
    #expect(massacre.eventType == .violenceAgainstCivilians)
    #expect(massacre.actors.contains("Civilians"))
    #expect(massacre.isMainEvent)
    // The August killing is an earlier event: background, not main.
    let august = incidents.first { $0.date?.day.month == 8 }
    #expect(august?.isMainEvent != true)
    // Nothing from the Risks or Sectors lines.
    #expect(incidents.allSatisfy { !$0.summary.hasPrefix("Terrorism") && !$0.summary.hasPrefix("Security") })
  }

  @Test(.enabled(if: seedsPresent, "needs ../shared/seeds"))
  func newsAmbushOnRN15AndDroneStrikeAtInadiatafane() throws {
    let report = try seed("002")
    let incidents = extractor.extract(from: report)
    let ambush = try #require(incidents.first { $0.actors.contains("JNIM") })
    #expect(ambush.region == Region("Mopti"))
    #expect(ambush.actors.contains("JNIM"))
    #expect(ambush.actors.contains("FAMa") || ambush.actors.contains("Wagner"))
    #expect((7...8).contains(ambush.fatalities ?? 0))
    #expect(ambush.eventType == .battles)
    let strike = try #require(incidents.first { $0.location == "Inadiatafane" })
    #expect(strike.date?.day.month == 10)
    #expect(strike.date?.day.day == 21)
    #expect(strike.region == Region("Timbuktu"))
    #expect((strike.fatalities ?? 0) >= 8)
    #expect(strike.actors.contains("Civilians"))
    // The eyewitness account quoted after it retells the strike: no incident of its own.
    #expect(incidents.filter { $0.region == Region("Timbuktu") }.count == 1)
    // No date line and no year in the text: every date rests on the file time and says so.
    #expect(incidents.allSatisfy { $0.isDateInferred })
  }

  @Test(.enabled(if: seedsPresent, "needs ../shared/seeds"), arguments: ["003", "004"])
  func backgroundReportsInventNoIncidents(prefix: String) throws {
    #expect(extractor.extract(from: try seed(prefix, kind: .background)).isEmpty)
    // Even when read as news, history paragraphs give no main incident dated to the day.
    let asNews = extractor.extract(from: try seed(prefix, kind: .news))
    let inventedMain = asNews.filter { incident in
      incident.isMainEvent && incident.date?.precision == .day && incident.date?.day != fileDay
    }
    #expect(inventedMain.isEmpty)
  }
}
