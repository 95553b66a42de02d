/// The five risk levels, in the vocabulary of travel-risk products.
public enum RiskLevel: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case minimal = 1, low, moderate, high, extreme

  public var label: String {
    switch self {
    case .minimal: return "Minimal"
    case .low: return "Low"
    case .moderate: return "Moderate"
    case .high: return "High"
    case .extreme: return "Extreme"
    }
  }

  public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Direction of a region's recent activity.
public enum Trend: String, Sendable, Hashable, Codable {
  case rising, stable, falling

  /// ↑ → ↓, or ASCII when Unicode is not available.
  public func arrow(unicode: Bool) -> String {
    switch self {
    case .rising: return unicode ? "↑" : "^"
    case .stable: return unicode ? "→" : "="
    case .falling: return unicode ? "↓" : "v"
    }
  }
}

/// Advice text taken from a report (Advice section, `Risks:` or `Sectors…:` line).
public struct Advisory: Hashable, Sendable {
  public enum Kind: String, Sendable, Hashable, Codable { case advice, risks, sectors }
  public var kind: Kind
  public var text: String
  /// Path of the report it came from, relative to the corpus root.
  public var source: String
  public var date: Day?

  public init(kind: Kind, text: String, source: String, date: Day?) {
    self.kind = kind
    self.text = text
    self.source = source
    self.date = date
  }
}

/// Everything the dashboard shows about one region as of a day.
public struct RegionAssessment: Hashable, Sendable {
  public var region: Region
  /// nil when there is no data for the region: "no data", never Minimal.
  public var level: RiskLevel?
  public var incidents7: Int
  public var incidents30: Int
  public var deaths7: Int
  public var deaths30: Int
  public var lastIncident: Day?
  /// Incident counts for the last 12 weeks, oldest first.
  public var weekly: [Int]
  public var trend: Trend?
  /// Short reasons behind the level, most important first.
  public var reasons: [String]
  /// Newest advice first.
  public var advisories: [Advisory]
  /// A generated one-paragraph situation summary.
  public var situation: String
  /// One line: "Extreme: 4 incidents, 31 deaths in 30 days, 3x the 12-month weekly average; …".
  public var explanation: String
  /// The model's score before the baseline and advice steps; nil when there is no data.
  public var score: Double?
  /// Incidents a week over the 52 weeks before the 30-day window.
  public var baselineWeekly: Double

  public init(
    region: Region, level: RiskLevel?, incidents7: Int, incidents30: Int, deaths7: Int, deaths30: Int,
    lastIncident: Day?, weekly: [Int], trend: Trend?, reasons: [String], advisories: [Advisory],
    situation: String, explanation: String = "", score: Double? = nil, baselineWeekly: Double = 0
  ) {
    self.region = region
    self.level = level
    self.incidents7 = incidents7
    self.incidents30 = incidents30
    self.deaths7 = deaths7
    self.deaths30 = deaths30
    self.lastIncident = lastIncident
    self.weekly = weekly
    self.trend = trend
    self.reasons = reasons
    self.advisories = advisories
    self.situation = situation
    self.explanation = explanation
    self.score = score
    self.baselineWeekly = baselineWeekly
  }
}
