import Testing
import WatchfloorCore

/// The event type of the first incident in a one-paragraph news report dated 2020-06-01.
private func eventType(of text: String) -> EventType? {
  let report = Report(
    path: "t.txt", title: "", kind: .news, date: Day(year: 2020, month: 6, day: 1), dateSource: .dateLine,
    sections: [ReportSection(name: "", text: text, offset: 0)], body: text)
  return sharedExtractor.extract(from: report).first?.eventType
}

private let sharedExtractor = IncidentExtractor()

@Suite struct EventTypeClassifierTests {
  func type(_ text: String) -> EventType? { eventType(of: text) }

  @Test func battles() {
    #expect(
      type("JNIM militants ambushed a Malian army patrol near Boni, killing four soldiers.") == .battles)
    #expect(type("Clashes between CMA and GATIA fighters left five dead.") == .battles)
  }

  @Test func remoteViolence() {
    #expect(type("A French drone strike killed 6 militants east of Menaka.") == .explosionsRemoteViolence)
    #expect(type("A civilian bus struck a landmine near Douentza, killing 3.") == .explosionsRemoteViolence)
    #expect(
      type("Unidentified assailants fired mortar rounds at the MINUSMA camp in Kidal.")
        == .explosionsRemoteViolence)
  }

  @Test func violenceAgainstCivilians() {
    #expect(
      type("Gunmen killed 12 villagers in an attack on a village near Bankass.") == .violenceAgainstCivilians)
    #expect(type("Suspected jihadists abducted a village chief near Niono.") == .violenceAgainstCivilians)
  }

  @Test func protestsAndRiots() {
    #expect(type("Hundreds of people protested peacefully in Bamako against power cuts.") == .protests)
    #expect(type("Rioters burned the town hall and threw stones at police in Kayes.") == .riots)
  }

  @Test func strategicDevelopments() {
    #expect(type("The army arrested three suspects in Sévaré.") == .strategicDevelopments)
    #expect(type("Soldiers defused an IED on the road to Gao.") == .strategicDevelopments)
    #expect(
      type("The CMA and the government signed a ceasefire agreement in Algiers.") == .strategicDevelopments)
  }
}

/// Patterns that were misread before, kept as tests (own wording, same structure).
@Suite struct EventTypeFailureCaseTests {
  func type(_ text: String) -> EventType? { eventType(of: text) }

  @Test func villageDefendersMakeItABattle() {
    #expect(
      type("Gunmen on motorbikes attacked a hamlet near Koro; the village self-defense group repelled them.")
        == .battles)
  }

  @Test func killingAMilitiaLeaderIsABattle() {
    #expect(type("Suspected jihadists assassinated a Dozo militia leader near Djenné.") == .battles)
  }

  @Test func aNomadCampIsNotAnArmyCamp() {
    #expect(
      type("Militants attacked a herders' camp near Tessit, killing six civilians.")
        == .violenceAgainstCivilians)
  }

  @Test func anAttackThatOnlyBurnsIsPropertyDestruction() {
    #expect(
      type("Militants attacked and burned the town hall in Diafarabé. No casualties.")
        == .strategicDevelopments)
  }

  @Test func anAttackOnAVillageWithoutDeathsIsStillAnAttack() {
    #expect(
      type("Armed men attacked a Dogon village near Bankass and seized cattle.") == .violenceAgainstCivilians)
  }

  @Test func aBombThatOpensAnAssaultIsABattle() {
    #expect(
      type(
        "A car bomb exploded at the army camp in Boulkessi, followed by an armed assault; five soldiers died."
      )
        == .battles)
  }
}

/// Codebook cases the classifier got wrong before (own wording): who hit whom decides between
/// battle and violence against civilians, the crowd's own violence makes a riot, and robbery or
/// territory changing hands without a fight is a strategic development.
@Suite struct EventTypeCodebookCaseTests {
  func type(_ text: String) -> EventType? { eventType(of: text) }

  @Test func gunmenWhoShootTradersDeadTargetCivilians() {
    // "dead" after an active "shot" does not make the gunmen the victims.
    #expect(
      type("On 12 May, unidentified gunmen shot dead two shopkeepers in the market of Ansongo.")
        == .violenceAgainstCivilians)
  }

  @Test func villageGuardsFightingBackInALaterSentenceMakeABattle() {
    #expect(
      type(
        "On 3 May, armed men attacked the village of "
          + "Dinangourou. The local self-defence group fended off the assault.")
        == .battles)
  }

  @Test func streetProtestsWithACrowdSizeTagAreProtests() {
    #expect(
      type(
        "On 8 May, residents took to the "
          + "streets of Sikasso to demand better roads. [size=hundreds]") == .protests)
  }

  @Test func forcesDispersingProtestersLeaveItAProtest() {
    #expect(
      type(
        "On 10 May, students protested in Ségou; police dispersed "
          + "them with tear gas and two students were wounded.")
        == .protests)
  }

  @Test func forcesInterveningInADemonstrationMakeNoBattle() {
    #expect(
      type(
        "On 12 May, residents of Kati demonstrated against new taxes; "
          + "security forces intervened and dispersed them.") == .protests)
  }

  @Test func blockingRoadsWithBarricadesIsARiot() {
    #expect(
      type(
        "On 9 May, youths barricaded the main road "
          + "out of Kati to protest against power cuts.") == .riots)
  }

  @Test func detonationsHeardAreRemoteViolence() {
    #expect(
      type(
        "Three loud detonations were heard "
          + "near the army camp in Kidal.") == .explosionsRemoteViolence)
  }

  @Test func robbingPassengersWithoutHarmIsLooting() {
    #expect(
      type(
        "On 15 May, armed men stopped a bus "
          + "near Douentza and stripped the passengers of their belongings.")
        == .strategicDevelopments)
  }

  @Test func codingHeadingsNameTheType() {
    #expect(
      type("Looting: armed men robbed traders on the road between Gossi and Hombori and took their phones.")
        == .strategicDevelopments)
    #expect(
      type(
        "Arrests: on 16 May gendarmes in Mopti arrested "
          + "four men suspected of supplying fuel to militants.")
        == .strategicDevelopments)
  }

  @Test func takingATownWithoutAFightIsStrategic() {
    #expect(
      type("On 11 May, Dozo hunters seized control of Diafarabé without a fight and set up a checkpoint.")
        == .strategicDevelopments)
  }

  @Test func theMonthMarchIsNoProtestMarch() {
    let classifier = EventTypeClassifier.bundled
    let month = classifier.scores(in: Tokenizer.tokens(of: "March rains flooded the market of Kidal."))
    #expect(month.scores[.protest] == nil)
    let walk = classifier.scores(in: Tokenizer.tokens(of: "Hundreds joined a march through Bamako."))
    #expect(month.words.isEmpty || !month.words.contains("March"))
    #expect(walk.scores[.protest] == 2)
  }

  @Test func aHeadingCueNeedsItsColon() {
    let classifier = EventTypeClassifier.bundled
    let heading = classifier.scores(in: Tokenizer.tokens(of: "Looting: gunmen emptied a shop."))
    let plain = classifier.scores(in: Tokenizer.tokens(of: "Gunmen were looting a shop."))
    #expect(heading.scores[.label] == 6)
    #expect(plain.scores[.label] == nil)
    #expect(plain.scores[.property] == 2)
  }
}

/// Battles against their neighbours in the codebook (own wording): fighting named as such, a
/// village's defenders answering an attack, an air strike opening a ground operation, and a
/// town changing hands with or without a fight.
@Suite struct EventTypeBattleCueTests {
  func type(_ text: String) -> EventType? { eventType(of: text) }

  @Test func fightingThatBreaksOutBetweenSidesIsABattle() {
    #expect(
      type(
        "On 4 May, fighting broke out between herders and a village militia near Ténenkou, leaving two dead.")
        == .battles)
    #expect(type("Renewed fighting between two armed movements was reported in Ber on 6 May.") == .battles)
  }

  @Test func defendersAnsweringAnAttackMakeItABattle() {
    #expect(
      type(
        "On 9 May, gunmen attacked a hamlet near Koro; the village self-defence group responded to the "
          + "attacks and two people were killed.") == .battles)
    #expect(
      type("On 9 May, militants overpowered the hunters guarding Sogoba and killed three of them.")
        == .battles)
  }

  @Test func anAirStrikeOpeningAGroundOperationIsABattle() {
    #expect(
      type(
        "On 6 May, French helicopters struck a militant camp near Ménaka ahead of a ground operation "
          + "by Malian troops; eight militants were killed.") == .battles)
    #expect(
      type("On 6 May, a suicide bomber and a group of commandos attacked the army camp at Tessit.")
        == .battles)
  }

  @Test func aTownChangingHandsWithoutAFightIsATransfer() {
    #expect(
      type("On 5 May, rebels took control of the town of Ber after the army withdrew.")
        == .strategicDevelopments)
    #expect(
      type("On 5 May, rebels took control of Ber after clashes with soldiers that left six dead.") == .battles
    )
  }
}

/// Killings of captives and crowds that fight the forces (own wording).
@Suite struct EventTypeCaptiveAndCrowdTests {
  func type(_ text: String) -> EventType? { eventType(of: text) }

  @Test func prisonersKilledInCustodyAreViolenceAgainstCivilians() {
    #expect(
      type("On 8 May, soldiers detained four herders near Dioura; they were later found dead.")
        == .violenceAgainstCivilians)
    #expect(
      type("On 8 May, militiamen arrested three traders near Sofara and burned them alive.")
        == .violenceAgainstCivilians)
  }

  @Test func protestersWhoClashWithTheForcesRiot() {
    #expect(
      type("On 2 May, youths protesting a land sale clashed with gendarmes in Kati; several were arrested.")
        == .riots)
    // Forces dispersing a crowd is no clash: still a protest.
    #expect(
      type("On 2 May, residents of Kati demonstrated against a land sale; police dispersed them.")
        == .protests)
  }
}

/// Who the victims were decides between a battle and violence against civilians (own wording).
@Suite struct EventTypeVictimTests {
  func type(_ text: String) -> EventType? { eventType(of: text) }

  @Test func aSoldierAttackedOffDutyIsACivilianVictim() {
    #expect(
      type("On 4 May, unknown gunmen shot dead a gendarme at his home in Macina.")
        == .violenceAgainstCivilians)
    #expect(
      type("On 4 May, militants abducted an off-duty soldier on the road to Douentza.")
        == .violenceAgainstCivilians)
  }

  @Test func attackersKilledMeanTheVillageFoughtBack() {
    #expect(
      type("On 6 May, gunmen attacked the hamlet of Dinangourou; two villagers and one attacker were killed.")
        == .battles)
    #expect(
      type(
        "On 6 May, armed men raided a farm near Kati, killing a farmer; residents killed two of the assailants."
      )
        == .battles)
    // Civilians killed by attackers: no attacker died.
    #expect(
      type("On 6 May, three villagers were killed by attackers near Kati.") == .violenceAgainstCivilians)
  }

  @Test func attackersDiedReadsCountsAndKillingVerbs() {
    let died = { EventTypeClassifier.attackersDied(in: Tokenizer.tokens(of: $0)) }
    #expect(died("Four assailants were killed in the exchange."))
    #expect(died("The guards fired back, killing the two attackers."))
    #expect(!died("Two civilians were killed by the attackers."))
    #expect(!died("The attackers fled towards the border."))
  }
}

/// Destruction that is part of fighting is no strategic development (own wording).
@Suite struct EventTypeDestructionTests {
  func type(_ text: String) -> EventType? { eventType(of: text) }

  @Test func dismantlingAMilitantCampInAFightIsABattle() {
    #expect(
      type("On 3 May, soldiers clashed with militants near Kema and dismantled their camp, killing four.")
        == .battles)
    // Dismantling a device is still a defused device.
    #expect(type("On 3 May, soldiers dismantled an IED on the road to Boni.") == .strategicDevelopments)
  }

  @Test func anAttackOnAPostThatBurnsItIsABattle() {
    #expect(
      type("On 3 May, gunmen attacked the gendarmerie post at Tonka and burned two vehicles; no casualties.")
        == .battles)
    // Burning a town hall with nobody hurt stays property destruction.
    #expect(
      type("Militants attacked and burned the town hall in Diafarabé. No casualties.")
        == .strategicDevelopments)
  }
}
