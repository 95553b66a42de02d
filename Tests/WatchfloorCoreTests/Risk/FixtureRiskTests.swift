import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// The whole pipeline on the bundled `Fixtures/` corpus: only facts FIXTURES.md promises.
@Suite struct FixtureRiskTests {
  static let corpus: Corpus? = try? CorpusLoader().load(root: FixturePaths.fixtures)
  static let watched = ["Gao", "Ménaka", "Mopti", "Kidal"].map(Region.init)

  static func assessment(_ name: String) throws -> RegionAssessment {
    let corpus = try #require(Self.corpus)
    let asOf = AsOf.resolve(corpus: corpus, today: Day(iso: "2030-01-01")!)
    return RiskAssessor().assess(
      region: Region(name), watched: Set(Self.watched), corpus: corpus, asOf: asOf.day)
  }

  @Test func asOfIsTheNewestAlert() throws {
    let corpus = try #require(Self.corpus)
    #expect(
      AsOf.resolve(corpus: corpus, today: Day(iso: "2030-01-01")!)
        == AsOf(day: Day(iso: "2024-11-20")!, source: .newestReport))
  }

  @Test func menakaAndGaoAreRising() throws {
    let menaka = try Self.assessment("Ménaka")
    let gao = try Self.assessment("Gao")
    #expect(menaka.trend == .rising)
    #expect(gao.trend == .rising)
    #expect(menaka.level.map { $0 >= .high } == true)
    #expect(menaka.advisories.first?.source == "alerts/alert-2024-11-20-menaka-tidermene.txt")
    #expect(menaka.explanation.contains("latest advice advises against all travel"))
  }

  @Test func kidalIsFalling() throws {
    #expect(try Self.assessment("Kidal").trend == .falling)
  }

  @Test func kayesHasNoData() throws {
    let kayes = try Self.assessment("Kayes")
    #expect(kayes.level == nil)
    #expect(kayes.trend == nil)
  }

  @Test func moptiCountsBandiagaraAndDouentza() throws {
    let mopti = try Self.assessment("Mopti")
    #expect(mopti.advisories.contains { $0.source == "briefs/brief-2024-10-03-bandiagara-rn15.txt" })
    #expect(mopti.advisories.contains { $0.source == "alerts/alert-2024-08-05-douentza-boni-ied.txt" })
    #expect(mopti.level != nil)
  }
}
