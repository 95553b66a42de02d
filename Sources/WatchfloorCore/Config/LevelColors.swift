/// The colour of each risk level (`[colors]` in the config file). Levels are always written as
/// text too, so colour never carries the meaning alone.
public struct LevelColors: Hashable, Sendable {
  public var minimal: ThemeColor
  public var low: ThemeColor
  public var moderate: ThemeColor
  public var high: ThemeColor
  public var extreme: ThemeColor

  public init(
    minimal: ThemeColor = .white, low: ThemeColor = .green, moderate: ThemeColor = .yellow,
    high: ThemeColor = .red, extreme: ThemeColor = .red
  ) {
    self.minimal = minimal
    self.low = low
    self.moderate = moderate
    self.high = high
    self.extreme = extreme
  }

  /// The colour for a level.
  public func color(for level: RiskLevel) -> ThemeColor {
    switch level {
    case .minimal: return minimal
    case .low: return low
    case .moderate: return moderate
    case .high: return high
    case .extreme: return extreme
    }
  }
}
