/// Puts a ``RiskBreakdown`` into words: the reasons list, the one-line explanation and the
/// generated situation paragraph. Report-derived words (actors, places) pass through
/// ``SafeText/singleLine(_:)``.
struct RiskNarrative {
  var region: Region
  var breakdown: RiskBreakdown
  var trend: Trend?
  var asOf: Day

  /// Short reasons, most important first.
  var reasons: [String] {
    guard breakdown.level != nil else {
      return ["no incidents in the 12 months to \(asOf.iso)"]
    }
    var out: [String] = []
    let b = breakdown
    out.append(
      "\(count(b.last30.count, "incident")), \(count(b.deaths30, "death")) in 30 days "
        + "(score \(decimal(b.score)) → \(b.scoreLevel.label))")
    if !b.last7.isEmpty {
      out.append("\(count(b.last7.count, "incident")), \(count(b.deaths7, "death")) in the last 7 days")
    }
    if let comparison = baselineComparison {
      out.append(b.isSpike ? comparison + ": raised one level" : comparison)
    } else if b.isSpike {
      out.append("none in the previous 12 months: raised one level")
    }
    if let alert = b.alert {
      let effect = b.alertStep > 0 ? ": raised one level" : b.alertStep < 0 ? ": lowered one level" : ""
      out.append("latest advice (\(alert.date.iso)) \(alert.match.gloss)\(effect)")
    }
    if !actors.isEmpty { out.append("actors " + actors.joined(separator: ", ")) }
    if !eventTypes.isEmpty {
      out.append("mostly " + eventTypes.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))
    }
    if let deadliest { out.append("deadliest: " + describe(deadliest)) }
    let monthOnly = b.last30.filter { $0.precision == .month }.count
    if monthOnly > 0 {
      out.append("\(count(monthOnly, "incident")) dated only to the month: counted in 30 days, not in 7")
    }
    let guessed = b.last30.filter { $0.precision == .day && $0.incident.isDateInferred }.count
    if guessed > 0 {
      out.append(
        "\(count(guessed, "incident")) dated by the file time (no date in the report): counted in 30 days, not in 7"
      )
    }
    if b.last30.isEmpty, let last = b.counted.map(\.day).max() {
      out.insert("no incidents in 30 days (last \(last.iso))", at: 0)
    }
    return out
  }

  /// "Extreme: 4 incidents, 31 deaths in 30 days, 3x the 12-month weekly average; actors JNIM,
  /// ISGS; latest advice advises travel with escort".
  var explanation: String {
    guard let level = breakdown.level else {
      return "No data: no incidents in the 12 months to \(asOf.iso)"
    }
    let b = breakdown
    var first = "\(level.label): "
    if b.last30.isEmpty {
      first += "no incidents in 30 days"
      if let last = b.counted.map(\.day).max() { first += " (last \(last.iso))" }
      if !b.baseline.isEmpty { first += ", \(rate(b.baselineWeekly)) a week in the 12 months before" }
    } else {
      first += "\(count(b.last30.count, "incident")), \(count(b.deaths30, "death")) in 30 days"
      if let ratio = b.ratio {
        first += ", \(decimal(ratio))x the 12-month weekly average"
      } else {
        first += ", none in the previous 12 months"
      }
    }
    var parts = [first]
    if !actors.isEmpty { parts.append("actors " + actors.joined(separator: ", ")) }
    if let alert = b.alert { parts.append("latest advice \(alert.match.gloss)") }
    return parts.joined(separator: "; ")
  }

  /// One generated paragraph: level and trend, counts, actors, event types, deadliest incident.
  var situation: String {
    let name = SafeText.singleLine(region.name)
    guard let level = breakdown.level else {
      return "No incidents are recorded for \(name) in the 12 months to \(asOf.iso), so it has no rating."
    }
    let b = breakdown
    var sentences: [String] = []
    let trendWords = trend.map { " and \($0.rawValue)" } ?? ""
    sentences.append("\(name) is rated \(level.label)\(trendWords) as of \(asOf.iso).")
    if b.last30.isEmpty {
      let last = b.counted.map(\.day).max().map { "; the last was on \($0.iso)" } ?? ""
      sentences.append("No incidents were recorded in the last 30 days\(last).")
    } else {
      sentences.append(
        "The last 30 days saw \(count(b.last30.count, "incident")) and \(count(b.deaths30, "death"))"
          + " (\(b.last7.count) and \(b.deaths7) in the last 7 days).")
    }
    if b.baseline.isEmpty {
      sentences.append("There were no incidents in the 52 weeks before that.")
    } else {
      sentences.append(
        "The 52 weeks before that saw \(count(b.baseline.count, "incident")) "
          + "(\(rate(b.baselineWeekly)) a week).")
    }
    if !actors.isEmpty {
      let verb = actors.count == 1 ? "actor was" : "actors were"
      sentences.append("The main \(verb) \(listing(actors)).")
    }
    if !eventTypes.isEmpty {
      sentences.append("Most incidents were \(listing(eventTypes.map(\.name))).")
    }
    if let deadliest { sentences.append("The deadliest recent incident: \(describe(deadliest)).") }
    if let alert = b.alert {
      sentences.append("The latest advice (\(alert.date.iso)) \(alert.match.gloss).")
    }
    return sentences.joined(separator: " ")
  }

  // MARK: - Ingredients

  /// The incidents the words are about: the last 30 days, else the 12-month baseline.
  private var recent: [CountedIncident] {
    breakdown.last30.isEmpty ? breakdown.baseline : breakdown.last30
  }

  /// Up to three actors by number of incidents; unidentified groups and civilians (victims, not
  /// actors) left out.
  var actors: [String] {
    var counts: [String: Int] = [:]
    for item in recent {
      for actor in Set(item.incident.actors) {
        let key = TextFolding.key(actor)
        guard !key.hasPrefix("unidentified"), !key.hasPrefix("unknown"), !key.hasPrefix("civilian"),
          !key.isEmpty
        else { continue }
        counts[SafeText.singleLine(actor), default: 0] += 1
      }
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(3).map(\.key)
  }

  /// Up to two event types by number of incidents.
  private var eventTypes: [(name: String, count: Int)] {
    var counts: [EventType: Int] = [:]
    for item in recent { if let type = item.incident.eventType { counts[type, default: 0] += 1 } }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
      .prefix(2).map { (name: $0.key.rawValue.lowercased(), count: $0.value) }
  }

  /// The incident of the last 30 days with the most deaths (newest on a tie), if any died.
  private var deadliest: CountedIncident? {
    let candidates = breakdown.last30.filter { $0.deaths > 0 }
    return candidates.max { a, b in a.deaths != b.deaths ? a.deaths < b.deaths : a.day < b.day }
  }

  private var baselineComparison: String? {
    guard let ratio = breakdown.ratio else { return nil }
    return "\(decimal(ratio))x the 12-month weekly average "
      + "(\(count(breakdown.baseline.count, "incident")) in the previous 52 weeks)"
  }

  private func describe(_ item: CountedIncident) -> String {
    let place = item.incident.location.map { " at " + SafeText.singleLine($0) } ?? ""
    let type = item.incident.eventType.map { " (\($0.rawValue.lowercased()))" } ?? ""
    let date = item.incident.date?.description ?? item.day.iso
    return "\(item.deaths) killed\(place) on \(date)\(type)"
  }

  private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  private func listing(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + items.last!
  }
}

/// A weekly rate: one decimal from 1 up (2.5), two below (0.02), "<0.01" for tiny non-zero rates.
func rate(_ value: Double) -> String {
  if value >= 1 || value == 0 { return decimal(value) }
  let hundredths = Int((value * 100).rounded())
  if hundredths == 0 { return "<0.01" }
  if hundredths % 10 == 0 { return "0.\(hundredths / 10)" }
  return hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
}

/// A number with at most one decimal: 3, 2.5, 0.1.
func decimal(_ value: Double) -> String {
  let tenths = (value * 10).rounded()
  if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
  return String(Int(tenths) / 10) + "." + String(abs(Int(tenths)) % 10)
}
