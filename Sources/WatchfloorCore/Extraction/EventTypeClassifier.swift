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
      index.add(cells[0], EventCue(code: code, weight: weight))
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
      guard let cue = match.values.first, !match.range.contains(where: excluded.contains) else { continue }
      scores[cue.code, default: 0] += cue.weight
      words.append(tokens[match.range].map(\.text).joined(separator: " "))
    }
    return (scores, words)
  }

  /// The event type for an incident.
  /// - Parameters:
  ///   - scores: cue weights from ``scores(in:)`` over the incident's main sentence.
  ///   - actors: the classes of the actors involved.
  ///   - fatalities: the toll, if any.
  ///   - victimsAreCivilians: the people killed or targeted are civilians.
  public func classify(
    scores: [EventCue.Code: Int], actors: [ActorClass], fatalities: Int?, victimsAreCivilians: Bool
  ) -> EventType? {
    let s = { (code: EventCue.Code) in scores[code] ?? 0 }
    let classes = Set(actors)
    let armedSideA = !classes.intersection([.jihadist, .unidentified, .rebel, .militia]).isEmpty
    let armedSideB = !classes.intersection([.state, .foreign, .un, .progov]).isEmpty
    let twoSides =
      (armedSideA && armedSideB) || (classes.contains(.militia) && classes.contains(.jihadist))
      || (classes.contains(.rebel) && classes.contains(.progov))
    let civilians = classes.contains(.civilians) || victimsAreCivilians
    let killed = (fatalities ?? 0) > 0

    if s(.defused) >= 5 || (s(.defused) >= 3 && s(.remote) >= 4 && !killed) {
      return .strategicDevelopments
    }
    if s(.remote) >= 4 { return .explosionsRemoteViolence }
    let crowd = classes.contains(.protesters) || classes.contains(.rioters)
    if s(.riot) >= 4 || (s(.protest) >= 3 && (s(.violent) > 0 || s(.riot) > 0 || classes.contains(.rioters)))
    {
      return .riots
    }
    if s(.protest) >= 3 && s(.battle) < 2 && s(.civilians) < 3 { return .protests }
    if s(.strategic) >= 3 && !killed && s(.battle) < 2 && s(.civilians) < 4 {
      return .strategicDevelopments
    }
    if s(.battle) > 0 || killed || s(.civilians) > 0 {
      // A battle needs two armed sides; one armed side against unarmed people is violence
      // against civilians.
      if twoSides { return .battles }
      if s(.armedTarget) >= 1 && !(civilians && s(.civilianTarget) >= 1) && s(.civilians) < 4 {
        return .battles
      }
      if s(.civilians) >= 3 || civilians || s(.civilianTarget) >= 1 { return .violenceAgainstCivilians }
      if s(.battle) >= 3 { return .battles }
      if armedSideA && !armedSideB && s(.battle) < 2 { return .violenceAgainstCivilians }
      return .battles
    }
    if s(.remote) > 0 { return .explosionsRemoteViolence }
    if s(.protest) > 0 || crowd { return classes.contains(.rioters) ? .riots : .protests }
    if s(.strategic) > 0 { return .strategicDevelopments }
    return nil
  }
}
