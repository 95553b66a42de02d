/// A trigger word for an event type, from the `event_cues.tsv` resource.
public struct EventCue: Hashable, Sendable {
  /// What a cue says about the event.
  public enum Code: String, Sendable, Hashable {
    case battle, remote, civilians, protest, riot, strategic
    /// Fighting between armed sides (clash, ambush, repelled, returned fire).
    case ground
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
    /// Speaks of what may or usually happens ("likely", "could", "regularly").
    case hypothetical
  }

  public var code: Code
  public var weight: Int
}
