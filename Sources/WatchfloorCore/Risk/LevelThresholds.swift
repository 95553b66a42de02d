/// Scores from which a region reaches each level; below `low` it is Minimal.
public struct LevelThresholds: Hashable, Sendable {
  public var low: Double
  public var moderate: Double
  public var high: Double
  public var extreme: Double

  public init(low: Double = 1, moderate: Double = 4, high: Double = 10, extreme: Double = 20) {
    self.low = low
    self.moderate = moderate
    self.high = high
    self.extreme = extreme
  }

  /// The level a score reaches.
  public func level(for score: Double) -> RiskLevel {
    if score >= extreme { return .extreme }
    if score >= high { return .high }
    if score >= moderate { return .moderate }
    if score >= low { return .low }
    return .minimal
  }

  /// True when the thresholds are positive and strictly increasing.
  public var isIncreasing: Bool { 0 < low && low < moderate && moderate < high && high < extreme }
}
