/// What side an actor is on, which decides the event type of a clash or attack.
public enum ActorClass: String, Sendable, Hashable {
  /// Jihadist groups (JNIM, ISGS, AQIM …).
  case jihadist
  /// Malian state forces (army, gendarmerie, police).
  case state
  /// Foreign forces (France, Wagner, other states).
  case foreign
  /// The UN mission.
  case un
  /// Armed separatist movements.
  case rebel
  /// Pro-government armed groups.
  case progov
  /// Communal and ethnic militias, hunters.
  case militia
  case civilians
  case protesters
  case rioters
  /// The Malian government as a political actor.
  case government
  /// Armed men nobody named.
  case unidentified

  /// True for actors that carry arms (everything but civilians, crowds and government).
  public var isArmed: Bool {
    switch self {
    case .civilians, .protesters, .rioters, .government: return false
    default: return true
    }
  }
}
