/// Weekly incident counts for the sparkline and the rising / stable / falling rule.
///
/// Week *i* of 12 (0 = oldest) covers the 7 days ending `7 × (11 − i)` days before the as-of day,
/// so the last bucket is the as-of day and the 6 days before it. Only incidents on a stated day
/// (``CountedIncident/isOnStatedDay``: day precision, not guessed from the file time) are placed
/// in weeks.
///
/// Rule: split the 12 weeks into the last `recentWeeks` and the weeks before; scale the earlier
/// count to the same number of weeks (`expected`). Rising when `recent ≥ ratio × expected` and
/// `recent − expected ≥ minDifference`; falling when `expected ≥ ratio × recent` and
/// `expected − recent ≥ minDifference`; stable otherwise. With the defaults (6 + 6 weeks, ×1.5,
/// 2 incidents) the arrow compares the right half of the sparkline with the left half and a
/// single incident never turns the arrow.
enum WeeklyTrend {
  static let weekCount = 12

  static func weekly(_ incidents: [CountedIncident]) -> [Int] {
    var weeks = [Int](repeating: 0, count: weekCount)
    for item in incidents where item.isOnStatedDay && item.age < 7 * weekCount {
      weeks[weekCount - 1 - item.age / 7] += 1
    }
    return weeks
  }

  static func trend(weekly: [Int], settings: RiskSettings) -> Trend {
    let recentWeeks = min(max(settings.trendRecentWeeks, 1), weekly.count - 1)
    let earlierWeeks = weekly.count - recentWeeks
    let recent = Double(weekly.suffix(recentWeeks).reduce(0, +))
    let expected =
      Double(weekly.prefix(earlierWeeks).reduce(0, +)) * Double(recentWeeks) / Double(earlierWeeks)
    let minDifference = Double(settings.trendMinDifference)
    if recent > expected, recent - expected >= minDifference, recent >= settings.trendRatio * expected {
      return .rising
    }
    if expected > recent, expected - recent >= minDifference, expected >= settings.trendRatio * recent {
      return .falling
    }
    return .stable
  }
}
