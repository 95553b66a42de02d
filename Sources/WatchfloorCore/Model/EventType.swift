/// ACLED's six event types.
public enum EventType: String, Sendable, Hashable, Codable, CaseIterable {
  case battles = "Battles"
  case explosionsRemoteViolence = "Explosions/Remote violence"
  case violenceAgainstCivilians = "Violence against civilians"
  case protests = "Protests"
  case riots = "Riots"
  case strategicDevelopments = "Strategic developments"

  /// A short label for narrow columns.
  public var shortLabel: String {
    switch self {
    case .battles: return "Battle"
    case .explosionsRemoteViolence: return "Explosion"
    case .violenceAgainstCivilians: return "Vs civilians"
    case .protests: return "Protest"
    case .riots: return "Riot"
    case .strategicDevelopments: return "Strategic"
    }
  }
}
