import Testing
import WatchfloorCore

/// The weak village list (``VillageGazetteer``): read only where the words say "place", only
/// with a certain region, and only when no known place is named.
@Suite struct VillageMentionTests {
  /// Made-up villages, so the rules are tested apart from the data.
  static let villages = VillageGazetteer(villages: [
    (.init(name: "Tessoumbala", region: Region("Kayes")), []),
    (.init(name: "Wérékoro", region: Region("Mopti"), cercle: "Koro"), ["Werekoro"]),
    (.init(name: "Doubliga", region: Region("Sikasso"), cercle: "Kadiolo"), []),
    (.init(name: "Doubliga", region: Region("Ségou"), cercle: "Niono"), []),
    (.init(name: "Ansongo", region: Region("Kayes")), []),
    // Same-named villages: one in the conflict zone (Mopti), two outside it.
    (.init(name: "Kassoumbé", region: Region("Mopti"), cercle: "Koro"), ["Kassoumbe"]),
    (.init(name: "Kassoumbé", region: Region("Kayes"), cercle: "Kita"), ["Kassoumbe"]),
    (.init(name: "Kassoumbé", region: Region("Sikasso"), cercle: "Yorosso"), ["Kassoumbe"]),
    // Two in the zone: no guess.
    (.init(name: "Tindiguel", region: Region("Mopti"), cercle: "Douentza"), []),
    (.init(name: "Tindiguel", region: Region("Gao"), cercle: "Ansongo"), []),
    (.init(name: "Tindiguel", region: Region("Koulikoro"), cercle: "Nara"), []),
    // One in a cercle of the Ségou region where Katiba Macina also operates, one elsewhere.
    (.init(name: "Tiénkolé", region: Region("Ségou"), cercle: "Macina"), []),
    (.init(name: "Tiénkolé", region: Region("Koulikoro"), cercle: "Kati"), []),
  ])

  let extractor = IncidentExtractor(gazetteer: .bundled, actors: .bundled, villages: villages)
  let withoutVillages = IncidentExtractor(gazetteer: .bundled, actors: .bundled, villages: .empty)

  /// A news report of one section holding `text`.
  func report(_ text: String) -> Report {
    Report(
      path: "v.txt", title: "", kind: .news, date: Day(year: 2020, month: 3, day: 9), dateSource: .dateLine,
      sections: [ReportSection(name: "", text: text, offset: 0)], body: text)
  }

  func incident(_ text: String, with extractor: IncidentExtractor? = nil) -> Incident? {
    (extractor ?? self.extractor).extract(from: report(text)).first
  }

  /// The first incident of `text` with the words each field came from.
  func evidence(_ text: String) -> IncidentEvidence? { extractor.explain(report(text)).first }

  @Test func aVillageSaidToBeThePlaceGivesTheRegion() {
    let near = incident("On 8 March, gunmen killed two herders near Tessoumbala.")
    #expect(near?.region == Region("Kayes"))
    #expect(near?.location == "Tessoumbala")
    #expect(incident("Armed men burned granaries in the village of Werekoro.")?.region == Region("Mopti"))
    #expect(incident("Two traders were shot dead at the Tessoumbala market.")?.region == Region("Kayes"))
    #expect(incident("Soldiers were ambushed at Wérékoro, killing four.")?.region == Region("Mopti"))
    #expect(incident("A mine hit a truck between Tessoumbala and the river.")?.region == Region("Kayes"))
    #expect(incident("Gunmen clashed with residents of Werekoro, killing two.")?.region == Region("Mopti"))
  }

  @Test func theVillageIsTheEvidence() throws {
    let found = try #require(evidence("Gunmen killed a herder in Tessoumbala."))
    #expect(found.regionWords?.contains("GeoNames") == true)
    #expect(found.regionWords?.contains("Tessoumbala") == true)
  }

  @Test func aNameTheWordsDoNotCallAPlaceIsNoPlace() {
    // The same name as a person or a word: no "in", "near", "village of" or "X village".
    #expect(incident("Gunmen abducted Tessoumbala and two of his sons.")?.region == nil)
  }

  @Test func aNameOfSeveralRegionsNeedsTheReportToNameOne() {
    #expect(incident("Gunmen killed a farmer near Doubliga.")?.region == nil)
    #expect(
      incident("Gunmen killed a farmer near Doubliga. The Niono cercle is tense.")?.region == Region("Ségou"))
  }

  @Test func aGroupTheReportNamesChoosesAmongSameNamedVillages() {
    // Katiba Macina's hint (Mopti, also the Macina cercle of Ségou): the Tiénkolé of Macina.
    let hinted = incident("On 3 May, Katiba Macina fighters burned the school in the village of Tienkole.")
    #expect(hinted?.region == Region("Ségou"))
    #expect(hinted?.location == "Tienkole")
    // Without the group, nothing tells the two apart, and neither is in the conflict zone.
    #expect(incident("On 3 May, gunmen burned the school in the village of Tienkole.")?.region == nil)
  }

  @Test func theConflictZoneBreaksATieTheReportLeavesOpen() throws {
    // Three villages of that name; only the one of Mopti is in the centre and north.
    let found = try #require(evidence("Gunmen attacked the village of Kassoumbe."))
    #expect(found.incident.region == Region("Mopti"))
    #expect(found.regionWords?.contains("the one in the centre and north") == true)
    // A cercle the report names still wins over the zone.
    #expect(
      incident("Gunmen attacked the village of Kassoumbe, in the Kita cercle.")?.region == Region("Kayes"))
    // Two of the villages lie in the zone: no guess.
    #expect(incident("Gunmen attacked the village of Tindiguel.")?.region == nil)
    // Without the zone, the tie stays open.
    let noZone = IncidentExtractor(
      gazetteer: .bundled, actors: .bundled, villages: Self.villages, conflictZone: .none)
    #expect(incident("Gunmen attacked the village of Kassoumbe.", with: noZone)?.region == nil)
  }

  @Test func aQuarterOfAVillageIsThePlace() {
    #expect(incident("Gunmen raided the Sorkoire quarter of Werekoro overnight.")?.region == Region("Mopti"))
  }

  @Test func aKnownPlaceWinsOverAVillageOfTheSameName() {
    // Ansongo (Gao) is in the main gazetteer; the made-up Ansongo of Kayes never is read.
    #expect(incident("A mine exploded near Ansongo, killing two.")?.region == Region("Gao"))
  }

  @Test func aVillageOnlyFillsWhatTheGazetteerLeavesOpen() {
    // A known place named as the place of the event stays the answer.
    #expect(incident("Gunmen from Tessoumbala attacked a post in Niono.")?.region == Region("Ségou"))
    // A known place named only as an origin yields to the village where it happened.
    #expect(incident("Fighters from Ségou attacked a post in Tessoumbala.")?.region == Region("Kayes"))
  }

  @Test func aCodersNoteNamesThePlace() {
    // "(coded as X at geoprecision 2)": the place the event is filed under beats the landmark
    // the sentence measures from, whether X is a known place or a village.
    #expect(
      incident("An IED hit a convoy 20 km east of Gossi (coded as Hombori at geoprecision 2).")?.region
        == Region("Mopti"))
    let village = incident(
      "An IED hit a convoy 50 km north of Douentza (coded as Tessoumbala at geoprecision 2).")
    #expect(village?.region == Region("Kayes"))
    #expect(village?.location == "Tessoumbala")
  }

  @Test func capitalsAndSentenceStartsAreNoVillages() {
    #expect(incident("TESSOUMBALA: gunmen killed a herder in the bush.")?.region == nil)
  }

  @Test func withoutTheVillageListTheOldAnswerStands() {
    #expect(
      incident("On 8 March, gunmen killed two herders near Tessoumbala.", with: withoutVillages)?.region
        == nil)
  }
}

/// The bundled village list (GeoNames, CC BY 4.0) holds real places with their regions.
@Suite struct VillageDataTests {
  let villages = VillageGazetteer.bundled

  @Test func theListIsLoadedAndLarge() {
    #expect(villages.count > 20_000)
  }

  @Test func theBuildScriptFoldsNamesAsTheResolverDoes() {
    // villages.tsv is sorted by keys the Python build script computes; a key that differs
    // from TextFolding.key would make that spelling impossible to find.
    var previous: [UInt8] = []
    for (key, spelling) in villages.storedSpellings() {
      #expect(TextFolding.key(spelling) == key, "\(spelling): stored key \(key)")
      let bytes = Array(key.utf8)
      #expect(!bytes.lexicographicallyPrecedes(previous), "\(key) is out of order")
      previous = bytes
    }
  }

  @Test func realVillagesCarryTheirRegion() throws {
    // GeoNames rows: Zoumané (admin1 Mopti), Zokofina (Ségou), and Zinda, two villages of that
    // name, both in Gao; a spelling without its accent finds the same row.
    let zoumane = try #require(villages.lookup("Zoumane").first)
    #expect(zoumane.name == "Zoumané")
    #expect(zoumane.region == Region("Mopti"))
    #expect(villages.lookup("Zokofina").map(\.region) == [Region("Ségou")])
    #expect(Set(villages.lookup("Zinda").map(\.region)) == [Region("Gao")])
  }

  @Test func aRealVillageResolvesAnIncident() {
    let extractor = IncidentExtractor()
    let text = "On 4 June, gunmen stole cattle near Zoumané."
    let report = Report(
      path: "z.txt", title: "", kind: .news, date: Day(year: 2021, month: 6, day: 5), dateSource: .dateLine,
      sections: [ReportSection(name: "", text: text, offset: 0)], body: text)
    #expect(extractor.extract(from: report).first?.region == Region("Mopti"))
  }

  @Test func theBundledConflictZoneIsTheCentreAndTheNorth() {
    let expected = ["Mopti", "Timbuktu", "Gao", "Kidal", "Ménaka", "Taoudénit"].map { Region($0) }
    #expect(ConflictZone.bundled.regions == Set(expected))
  }

  @Test func katibaMacinaAlsoPointsToTheSegouCercles() {
    let areas = RegionHints.bundled.areas(in: [Tokenizer.tokens(of: "Katiba Macina militants attacked.")])
    #expect(areas.regions == [Region("Mopti")])
    #expect(areas.cercles.isSuperset(of: ["niono", "macina", "tominian"]))
    #expect(RegionHints.bundled.areas(in: [Tokenizer.tokens(of: "Dogon hunters.")]).cercles.isEmpty)
  }

  @Test func knownPlacesAreNotRepeated() {
    // Towns of the main gazetteer are left out of the weak list.
    #expect(villages.lookup("Gao").isEmpty)
    #expect(villages.lookup("Ansongo").isEmpty)
  }

  @Test func wordsAndNamesAreLeftOut() {
    for word in ["March", "Village", "Moussa", "Dogon", "Fulani", "Barkhane", "Bella", "Kounta", "Mossi"] {
      #expect(villages.lookup(word).isEmpty, "\(word) must not be a village")
    }
  }
}
