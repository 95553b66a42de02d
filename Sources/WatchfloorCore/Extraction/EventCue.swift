/// A trigger word for an event type, from the `event_cues.tsv` resource.
public struct EventCue: Hashable, Sendable {
  /// What a cue says about the event.
  public enum Code: String, Sendable, Hashable {
    case battle, remote, civilians, protest, riot, strategic
    /// Fighting between armed sides (clash, ambush, repelled, returned fire).
    case ground
    /// A clash: fighting between armed sides, or, told of a demonstration, protesters fighting
    /// the forces (a riot).
    case clash
    /// A place changing hands ("took control", "taken over"): fighting only when the words
    /// around it tell of fighting, killing or an attack.
    case territory
    /// Looting, burning, destruction of property.
    case property
    /// People wounded.
    case injury
    /// A coding label that names a strategic development ("Property destruction:").
    case label
    /// A device found or defused: a strategic development, not an explosion.
    case defused
    /// Turns a protest into a riot (tear gas, burning tyres).
    case violent
    /// The attack hit armed forces (camp, checkpoint, patrol).
    case armedTarget = "armed-target"
    /// The attack hit civilians (village, market, bus).
    case civilianTarget = "civilian-target"
    /// The victim was off duty, on leave or at home: a civilian, even when a soldier.
    case offDuty = "off-duty"
    /// Speaks of what may or usually happens ("likely", "could", "regularly").
    case hypothetical
    /// Says that something happened without saying what ("took place", "occurred"): enough for
    /// a short dated note to be an incident, no help in choosing its type.
    case occurrence
  }

  public var code: Code
  public var weight: Int
  /// When set, the words must be written exactly so (`=march` is the verb, not the month "March").
  public var exactText: String?
  /// When true, the cue counts only as a heading followed by a colon ("Looting: gunmen …").
  public var isHeading: Bool

  public init(code: Code, weight: Int, exactText: String? = nil, isHeading: Bool = false) {
    self.code = code
    self.weight = weight
    self.exactText = exactText
    self.isHeading = isHeading
  }

  /// Parses a cue cell: a leading `=` asks for the exact spelling, a trailing `:` for a heading.
  /// - Returns: the words to index and the constraints to check on a match.
  static func parse(_ cell: String) -> (words: String, exactText: String?, isHeading: Bool) {
    var words = Substring(cell)
    var exact = false
    if words.hasPrefix("=") {
      exact = true
      words = words.dropFirst()
    }
    let heading = words.hasSuffix(":")
    if heading { words = words.dropLast() }
    return (String(words), exact ? String(words) : nil, heading)
  }

  /// Whether this cue holds for the matched tokens (exact spelling, heading colon).
  func accepts(_ tokens: ArraySlice<TextToken>) -> Bool {
    if let exactText, tokens.map(\.text).joined(separator: " ") != exactText { return false }
    if isHeading, tokens.last?.following != ":" { return false }
    return true
  }
}
