/// The numbers behind one region's level, computed once and then explained in words.
struct RiskBreakdown {
  /// The latest dated advice and what it states.
  struct StatedAlert {
    var date: Day
    var match: AdviceLevelCues.Match
  }

  var counted: [CountedIncident]
  var last7: [CountedIncident]
  var last30: [CountedIncident]
  var baseline: [CountedIncident]
  /// Sum over the last 30 days of severity + deaths, times decay.
  var score: Double
  var scoreLevel: RiskLevel
  /// Incidents a week over the 52 weeks before the 30-day window.
  var baselineWeekly: Double
  /// Incidents a week over the last 30 days.
  var recentWeekly: Double
  var isSpike: Bool
  var alert: StatedAlert?
  /// −1, 0 or +1: the step the alert moved the level.
  var alertStep: Int
  /// nil when no incident counts in the window or the baseline.
  var level: RiskLevel?

  init(
    counted: [CountedIncident], advisories: [Advisory], asOf: Day, settings: RiskSettings,
    cues: AdviceLevelCues
  ) {
    self.counted = counted
    last7 = counted.filter(\.isInLast7Days)
    last30 = counted.filter(\.isInLast30Days)
    baseline = counted.filter(\.isInBaseline)
    score = last30.reduce(0) { total, item in
      total + settings.points(type: item.incident.eventType, fatalities: item.incident.fatalities)
        * settings.decay(ageDays: item.age)
    }
    scoreLevel = settings.thresholds.level(for: score)
    baselineWeekly = Double(baseline.count) / 52
    recentWeekly = Double(last30.count) * 7 / 30
    isSpike =
      last30.count >= max(settings.spikeMinIncidents, 1)
      && (baselineWeekly == 0 || recentWeekly >= settings.spikeRatio * baselineWeekly)
    alert = Self.statedAlert(advisories, asOf: asOf, maxAge: settings.alertMaxAgeDays, cues: cues)
    alertStep = 0
    let hasData = !last30.isEmpty || !baseline.isEmpty
    guard hasData else {
      level = nil
      return
    }
    var level = isSpike ? scoreLevel.raised(by: 1) : scoreLevel
    if let alert {
      alertStep = alert.match.level > level ? 1 : alert.match.level < level ? -1 : 0
      level = level.raised(by: alertStep)
    }
    self.level = level
  }

  /// The ratio of the recent weekly rate to the baseline, when there is a baseline.
  var ratio: Double? { baselineWeekly > 0 ? recentWeekly / baselineWeekly : nil }

  var deaths7: Int { last7.reduce(0) { $0 + $1.deaths } }
  var deaths30: Int { last30.reduce(0) { $0 + $1.deaths } }

  /// The newest report's advice, if it is recent enough and states a level.
  private static func statedAlert(
    _ advisories: [Advisory], asOf: Day, maxAge: Int, cues: AdviceLevelCues
  ) -> StatedAlert? {
    guard let newest = advisories.first, let date = newest.date, date.days(to: asOf) <= maxAge else {
      return nil
    }
    let text = advisories.filter { $0.source == newest.source && $0.kind != .sectors }
      .map(\.text).joined(separator: "\n")
    return cues.match(text).map { StatedAlert(date: date, match: $0) }
  }
}

extension RiskLevel {
  /// This level moved by `steps`, kept within Minimal…Extreme.
  func raised(by steps: Int) -> RiskLevel {
    RiskLevel(rawValue: min(max(rawValue + steps, RiskLevel.minimal.rawValue), RiskLevel.extreme.rawValue))!
  }
}
