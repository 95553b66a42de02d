/// Chooses one of ACLED's six event types from trigger words and who is involved.
///
/// Following the ACLED codebook: explosions, air/drone strikes, IEDs, mines and shelling are
/// remote violence; a clash or an attack between armed sides is a battle; an armed side
/// attacking, abducting or killing unarmed people is violence against civilians; peaceful
/// demonstrations are protests, violent ones riots; arrests, agreements, looting, bases set up
/// and territory changing hands without fighting are strategic developments.
public struct EventTypeClassifier: Sendable {
  public let cues: PhraseIndex<EventCue>

  public init(cues: PhraseIndex<EventCue>) { self.cues = cues }

  /// Parses `cue<TAB>code<TAB>weight` rows.
  public init(tsv: String) {
    var index = PhraseIndex<EventCue>()
    for cells in ResourceText.rows(tsv, header: "cue") where cells.count >= 3 {
      guard let code = EventCue.Code(rawValue: cells[1]), let weight = Int(cells[2]) else { continue }
      let (words, exactText, isHeading) = EventCue.parse(cells[0])
      index.add(words, EventCue(code: code, weight: weight, exactText: exactText, isHeading: isHeading))
    }
    self.init(cues: index)
  }

  /// The cues shipped in the package resources, loaded once.
  public static let bundled = EventTypeClassifier(tsv: ResourceText.load("event_cues"))

  /// The trigger cues in a sentence (weights by code), for deciding whether it reports an event.
  /// - Parameter excluded: token indexes that belong to dates ("March" the month is no march).
  public func scores(in tokens: [TextToken], excluding excluded: Set<Int> = [])
    -> (scores: [EventCue.Code: Int], words: [String])
  {
    var scores: [EventCue.Code: Int] = [:]
    var words: [String] = []
    for match in cues.matches(in: tokens) {
      let matched = tokens[match.range]
      // A cue with a spelling or heading condition wins over the plain cue of the same words.
      let constrained = match.values.first { ($0.exactText != nil || $0.isHeading) && $0.accepts(matched) }
      guard let cue = constrained ?? match.values.first(where: { $0.exactText == nil && !$0.isHeading }),
        !match.range.contains(where: excluded.contains)
      else { continue }
      scores[cue.code, default: 0] += cue.weight
      words.append(TextToken.phrase(tokens, match.range))
    }
    return (scores, words)
  }

  /// True when the words say attackers died ("one assailant was killed", "killing the two
  /// attackers"): the side attacked fought back, so the attack was a battle.
  public static func attackersDied(in tokens: [TextToken]) -> Bool {
    for (k, token) in tokens.enumerated() where attackerWords.contains(token.folded) {
      // "two attackers were killed", "one assailant killed": a count, then a death word.
      let counted = tokens[max(0, k - 2)..<k].contains {
        $0.number != nil || NumberWords.value(of: $0.folded) != nil || countWords.contains($0.folded)
      }
      if counted,
        tokens[(k + 1)..<min(tokens.count, k + 4)].contains(where: { deathWords.contains($0.folded) })
      {
        return true
      }
      // "killing two attackers", "killed the four aggressors" (not "killed by attackers").
      let before = tokens[max(0, k - 4)..<k]
      if let kill = before.lastIndex(where: { $0.folded.hasPrefix("kill") }),
        !tokens[(kill + 1)..<k].contains(where: { $0.folded == "by" })
      {
        return true
      }
    }
    return false
  }

  private static let attackerWords: Set<String> = [
    "attacker", "attackers", "assailant", "assailants", "aggressor", "aggressors",
  ]
  private static let deathWords: Set<String> = ["killed", "dead", "neutralized", "neutralised"]
  private static let countWords: Set<String> = ["several", "many", "some"]

  /// The event type for an incident.
  /// - Parameters:
  ///   - scores: cue weights from ``scores(in:)`` over the incident's main sentence.
  ///   - actors: the classes of the actors involved.
  ///   - fatalities: the toll, if any.
  ///   - victims: the classes of those killed or attacked, when the words say ("killing six
  ///     civilians", "ambushed an army patrol", "a Dozo leader was assassinated").
  public func classify(
    scores: [EventCue.Code: Int], actors: [ActorClass], fatalities: Int?, victims: Set<ActorClass> = []
  ) -> EventType? {
    let victimsAreCivilians = victims.contains(.civilians)
    let victimsAreArmed = victims.contains { $0.isArmed }
    let s = { (code: EventCue.Code) in scores[code] ?? 0 }
    let classes = Set(actors)
    let armedSideA = !classes.intersection([.jihadist, .unidentified, .rebel, .militia]).isEmpty
    let armedSideB = !classes.intersection([.state, .foreign, .un, .progov]).isEmpty
    let twoSides =
      (!classes.intersection([.jihadist, .unidentified, .rebel]).isEmpty && armedSideB)
      || (classes.contains(.militia) && classes.contains(.jihadist) && s(.civilianTarget) == 0)
    let civilians = classes.contains(.civilians) || victimsAreCivilians
    let crowd = classes.contains(.protesters) || classes.contains(.rioters)
    let killed = (fatalities ?? 0) > 0
    let hurt = killed || s(.injury) > 0
    let fighting = s(.ground) + s(.clash) + s(.territory)
    let battle = s(.battle) + fighting

    if s(.label) >= 6 { return .strategicDevelopments }
    if s(.defused) >= 5 || (s(.defused) >= 3 && s(.remote) >= 4 && !killed) {
      return .strategicDevelopments
    }
    // An explosion that opens a ground assault is fought out: a battle.
    if s(.remote) >= 4 {
      return fighting >= 3 && (twoSides || armedSideB) ? .battles : .explosionsRemoteViolence
    }
    // A riot is violence by the crowd itself; forces dispersing, wounding or killing
    // protesters leave it a protest (ACLED's "protest with intervention", "excessive force").
    if s(.riot) >= 4 || (s(.protest) >= 3 && (s(.violent) > 0 || s(.riot) > 0 || classes.contains(.rioters)))
      || (classes.contains(.rioters) && (fighting >= 3 || s(.property) > 0) && s(.protest) + s(.riot) > 0)
      || (s(.protest) >= 3 && (s(.property) > 0 || s(.clash) > 0))
    {
      return .riots
    }
    // A demonstration the forces stepped into (intervened, dispersed, clashed, arrested) is
    // still a demonstration event: protest or riot, never a battle.
    if s(.protest) >= 3 { return .protests }
    // A town changing hands with no fighting, killing or attack told: a non-violent transfer.
    if s(.territory) > 0 && s(.ground) + s(.clash) == 0 && s(.battle) == 0 && !hurt && s(.civilians) < 3 {
      return .strategicDevelopments
    }
    if s(.strategic) >= 3 && !hurt && battle == 0 && s(.civilians) < 3 { return .strategicDevelopments }
    // A soldier or official attacked off duty or at home is a civilian victim, not a battle.
    if s(.offDuty) > 0 && fighting < 3 && (battle > 0 || hurt || s(.civilians) > 0) {
      return .violenceAgainstCivilians
    }
    if victimsAreArmed && !victimsAreCivilians && (battle > 0 || killed || s(.civilians) > 0) {
      return .battles
    }
    if s(.civilians) >= 4 && fighting < 3 { return .violenceAgainstCivilians }
    if victimsAreCivilians && !victimsAreArmed && fighting < 3 && (battle > 0 || killed) {
      return .violenceAgainstCivilians
    }
    if fighting >= 3 { return .battles }
    // Burning or looting is property destruction, unless it came with an attack on armed forces
    // (a post, a camp, a checkpoint): that attack is a battle.
    let attackOnForces = s(.armedTarget) >= 1 && s(.battle) >= 1 && s(.civilianTarget) == 0
    if s(.property) > 0 && !hurt && s(.civilians) < 3 && !attackOnForces { return .strategicDevelopments }
    if battle > 0 || killed || s(.civilians) > 0 || s(.injury) > 0 {
      // A battle needs two armed sides; one armed side against unarmed people is violence
      // against civilians.
      if twoSides && !(civilians && s(.civilianTarget) >= 1 && s(.armedTarget) == 0) { return .battles }
      if s(.armedTarget) >= 1 && !(civilians && s(.civilianTarget) >= 1) && s(.civilians) < 4 {
        return .battles
      }
      if s(.civilians) >= 3 || civilians || s(.civilianTarget) >= 1 { return .violenceAgainstCivilians }
      if armedSideA && !armedSideB { return .violenceAgainstCivilians }
      return .battles
    }
    if s(.remote) > 0 { return .explosionsRemoteViolence }
    if s(.protest) > 0 || crowd { return classes.contains(.rioters) ? .riots : .protests }
    if s(.strategic) > 0 || s(.property) > 0 { return .strategicDevelopments }
    return nil
  }
}
