internal import Foundation

/// Every number of the risk model; the defaults are documented in `docs/risk-model.md` and can
/// be changed in the config file (`[levels]`, `[weights]`, `[baseline]`, `[alerts]`, `[trend]`).
public struct RiskSettings: Hashable, Sendable {
  /// Score thresholds of the five levels.
  public var thresholds: LevelThresholds
  /// Points an incident of each event type scores before deaths and decay.
  public var severity: [EventType: Double]
  /// Points of an incident whose event type is unknown.
  public var unknownTypeSeverity: Double
  /// Extra points per death, up to `deathCap` deaths.
  public var pointsPerDeath: Double
  public var deathCap: Int
  /// An incident's points halve every `halfLifeDays` days.
  public var halfLifeDays: Double
  /// The level goes up one step when the last 30 days run at `spikeRatio` times the
  /// 12-month weekly average (or the 12 months were quiet) with at least `spikeMinIncidents`.
  public var spikeRatio: Double
  public var spikeMinIncidents: Int
  /// Advice older than this many days does not nudge the level.
  public var alertMaxAgeDays: Int
  /// The trend compares the last `trendRecentWeeks` of the 12 weekly counts with the weeks before.
  public var trendRecentWeeks: Int
  /// Rising/falling needs this ratio between the two parts (after scaling to equal length)…
  public var trendRatio: Double
  /// …and at least this difference in incidents.
  public var trendMinDifference: Int

  public init(
    thresholds: LevelThresholds = LevelThresholds(),
    severity: [EventType: Double] = RiskSettings.defaultSeverity,
    unknownTypeSeverity: Double = 1.5, pointsPerDeath: Double = 0.3, deathCap: Int = 50,
    halfLifeDays: Double = 14, spikeRatio: Double = 2, spikeMinIncidents: Int = 3,
    alertMaxAgeDays: Int = 30, trendRecentWeeks: Int = 6, trendRatio: Double = 1.5,
    trendMinDifference: Int = 2
  ) {
    self.thresholds = thresholds
    self.severity = severity
    self.unknownTypeSeverity = unknownTypeSeverity
    self.pointsPerDeath = pointsPerDeath
    self.deathCap = deathCap
    self.halfLifeDays = halfLifeDays
    self.spikeRatio = spikeRatio
    self.spikeMinIncidents = spikeMinIncidents
    self.alertMaxAgeDays = alertMaxAgeDays
    self.trendRecentWeeks = trendRecentWeeks
    self.trendRatio = trendRatio
    self.trendMinDifference = trendMinDifference
  }

  /// Explosions and violence against civilians weigh most, protests and strategic developments least.
  public static let defaultSeverity: [EventType: Double] = [
    .explosionsRemoteViolence: 3, .violenceAgainstCivilians: 3, .battles: 2.5, .riots: 1,
    .protests: 0.5, .strategicDevelopments: 0.5,
  ]

  /// Severity points of an event type.
  public func severity(of type: EventType?) -> Double {
    guard let type else { return unknownTypeSeverity }
    return severity[type] ?? unknownTypeSeverity
  }

  /// Points of one incident before decay: severity plus `pointsPerDeath` per death (capped).
  public func points(type: EventType?, fatalities: Int?) -> Double {
    severity(of: type) + pointsPerDeath * Double(min(max(fatalities ?? 0, 0), deathCap))
  }

  /// Recency factor of an incident `age` days old: 1 today, ½ after `halfLifeDays`.
  public func decay(ageDays: Int) -> Double {
    guard halfLifeDays > 0 else { return 1 }
    return pow(2, -Double(max(ageDays, 0)) / halfLifeDays)
  }
}
