import Testing
import WatchfloorCore

@Suite struct PlaceResolverTests {
  let resolver = PlaceResolver()

  func place(_ text: String, context: [String] = []) -> PlaceResolution {
    let tokens = Tokenizer.tokens(of: text)
    return resolver.resolve(sentences: [tokens], context: ([text] + context).map { Tokenizer.tokens(of: $0) })
  }

  @Test func townMapsToItsRegion() {
    #expect(place("A mine exploded near Ansongo on Sunday.").region == Region("Gao"))
    #expect(place("Jihadists attacked a post in Gossi.").region == Region("Timbuktu"))
    #expect(place("Soldiers patrolled Tinzaouaten.").region == Region("Kidal"))
  }

  @Test func foldedSpellings() {
    #expect(place("Gunmen were seen near Sevare.").region == Region("Mopti"))
    #expect(place("A convoy left Menaka at dawn.").region == Region("Ménaka"))
    #expect(place("Residents fled TOMBOUCTOU after the shelling.").region == Region("Timbuktu"))
  }

  @Test func explicitRegionWinsOverTheGazetteer() {
    let found = place(
      "Gunmen killed 22 civilians in Amalaou-laou near Ansongo, in northeastern Mali's Menaka region.")
    #expect(found.region == Region("Ménaka"))
    #expect(found.location == "Amalaou-laou")
  }

  @Test func parenthesisHints() {
    let hinted = place("Militiamen attacked the village of Kassa Dogon (Bankass, Mopti) at night.")
    #expect(hinted.region == Region("Mopti"))
    let three = place("An IED hit a truck near Gossi (Gossi, Gourma-Rharous, Timbuktu).")
    #expect(three.region == Region("Timbuktu"))
    #expect(three.location == "Gossi")
  }

  @Test func regionOfAndRoads() {
    #expect(place("Fighting was reported in the region of Segou.").region == Region("Ségou"))
    let road = place("The ambush on the RN15 linking Sévaré to Bandiagara left seven dead.")
    #expect(road.region == Region("Mopti"))
  }

  @Test func a2023RegionNamedAsARegionIsKept() {
    #expect(place("Villages in the Bandiagara region were burned.").region == Region("Bandiagara"))
    #expect(place("Villagers fled Bandiagara town.").region == Region("Mopti"))
  }

  @Test func actorNamesAreNotPlaces() {
    #expect(place("The attack targeted FAMA soldiers.").location == nil)
  }

  @Test func noPlaceNoRegion() {
    #expect(place("Two peacekeepers were wounded by a mine.").region == nil)
  }
}

@Suite struct RegionFallbackTests {
  let extractor = IncidentExtractor()

  func region(_ text: String) -> Region? {
    let report = Report(
      path: "n.txt", title: "", kind: .news, date: Day(year: 2019, month: 4, day: 2), dateSource: .dateLine,
      sections: [ReportSection(name: "", text: text, offset: 0)], body: text)
    return extractor.extract(from: report).first?.region
  }

  @Test func aNamedPlaceWinsOverHints() {
    #expect(region("Dogon militiamen attacked a Fulani camp near Niono, killing 4.") == Region("Ségou"))
  }

  @Test func hintsApplyOnlyWithoutAPlace() {
    #expect(region("Dan Na Ambassagou militiamen killed 3 herders in an unnamed hamlet.") == Region("Mopti"))
  }

  @Test func crowdEventsWithoutAPlaceAreInTheCapital() {
    #expect(region("Teachers protested against unpaid salaries.") == Region("Bamako"))
  }

  @Test func possessiveWithoutApostrophe() {
    #expect(region("Protest in front of Kidals military camp as the army returns.") == Region("Kidal"))
  }

  @Test func noClueNoRegion() {
    #expect(region("Two soldiers were killed by a mine on a desert track.") == nil)
  }
}
