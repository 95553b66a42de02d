/// One sentence with everything the extractors read from it.
public struct AnalyzedSentence: Sendable {
  public var sentence: Sentence
  public var tokens: [TextToken]
  public var dates: [DateMention]
  public var actors: [ActorMention]
  public var fatality: FatalityReading?
  public var cueScores: [EventCue.Code: Int]
  public var cueWords: [String]
  /// Speaks of what may happen or usually happens ("Further attacks are likely").
  public var isHypothetical: Bool
  /// The gazetteer places the sentence names (``PlaceResolver/placeMentions(_:)``), found once
  /// and read by the report's place context and by every place resolution of the sentence.
  var placeMentions: [PlaceResolver.PlaceMention] = []

  /// The first date that says when something happened.
  public var eventDate: DateMention? { dates.first { $0.role == .event } }

  /// Strength of the event trigger words (modifiers such as "camp" or "village" excluded).
  /// (Read many times per sentence while grouping: a walk over the few scored codes, not a
  /// lookup of every trigger code.)
  public var triggerStrength: Int {
    var total = 0
    for (code, score) in cueScores where Self.isTrigger(code) { total += score }
    return total
  }

  /// The codes of event trigger words (not modifiers, targets or hedges).
  static func isTrigger(_ code: EventCue.Code) -> Bool {
    switch code {
    case .battle, .ground, .clash, .territory, .remote, .civilians, .protest, .riot, .strategic, .defused,
      .property, .injury, .label:
      true
    case .violent, .armedTarget, .civilianTarget, .offDuty, .hypothetical, .occurrence: false
    }
  }

  /// True when the sentence reports an event: a trigger word or a death toll, not hypothetical.
  public var reportsEvent: Bool {
    let counted = fatality.map { $0.count > 0 && !$0.isAggregate } ?? false
    if isHypothetical && !counted && eventDate == nil { return false }
    if counted { return true }
    // "Gunmen attacked a hamlet on 5 November": a weak trigger with an armed actor and a date
    // is an event too, unless it sums up a trend ("have increased operations since …").
    return triggerStrength >= 2
      || (triggerStrength >= 1 && eventDate != nil && actors.contains { $0.actorClass.isArmed } && !isTrend)
  }

  /// "since …", "have increased", "has been targeting": a statement about a period, not an event.
  var isTrend: Bool {
    let words = tokens.map(\.folded)
    if words.contains("since") { return true }
    for (index, word) in words.enumerated() where word == "have" || word == "has" {
      let next = words[(index + 1)..<min(words.count, index + 3)]
      if next.contains(where: { $0.hasSuffix("ed") || $0 == "been" }) { return true }
    }
    return false
  }
}
