internal import Foundation
import WatchfloorCore

/// `summary --format json`: one JSON document with the as-of day and every region's assessment.
struct SummaryJSON: Encodable {
  struct Advice: Encodable {
    var kind: String
    var text: String
    var source: String
    var date: String?

    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(kind, forKey: .kind)
      try c.encode(text, forKey: .text)
      try c.encode(source, forKey: .source)
      try c.encode(date, forKey: .date)
    }

    enum CodingKeys: String, CodingKey { case kind, text, source, date }
  }

  struct RegionEntry: Encodable {
    var region: String
    var incidents: Int
    var fatalities: Int
    var lastIncident: String?
    /// "Minimal" … "Extreme", or null for no data.
    var level: String?
    var score: Double?
    var trend: String?
    var incidents7: Int
    var incidents30: Int
    var deaths7: Int
    var deaths30: Int
    var baselineWeekly: Double
    var weekly: [Int]
    var explanation: String
    var reasons: [String]
    var situation: String
    /// Newest first.
    var advisories: [Advice]

    enum CodingKeys: String, CodingKey {
      case region, incidents, fatalities, lastIncident, level, score, trend, incidents7, incidents30
      case deaths7, deaths30, baselineWeekly, weekly, explanation, reasons, situation, advisories
    }

    /// Like the synthesised encoder, but writes `null` for missing values so every key is present.
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(region, forKey: .region)
      try c.encode(incidents, forKey: .incidents)
      try c.encode(fatalities, forKey: .fatalities)
      try c.encode(lastIncident, forKey: .lastIncident)
      try c.encode(level, forKey: .level)
      try c.encode(score, forKey: .score)
      try c.encode(trend, forKey: .trend)
      try c.encode(incidents7, forKey: .incidents7)
      try c.encode(incidents30, forKey: .incidents30)
      try c.encode(deaths7, forKey: .deaths7)
      try c.encode(deaths30, forKey: .deaths30)
      try c.encode(baselineWeekly, forKey: .baselineWeekly)
      try c.encode(weekly, forKey: .weekly)
      try c.encode(explanation, forKey: .explanation)
      try c.encode(reasons, forKey: .reasons)
      try c.encode(situation, forKey: .situation)
      try c.encode(advisories, forKey: .advisories)
    }
  }

  var corpus: String
  var asOf: String
  var asOfSource: String
  var regions: [RegionEntry]

  init(table: SummaryTable) {
    corpus = table.corpus.root
    asOf = table.asOf?.day.iso ?? ""
    asOfSource = table.asOf?.source.rawValue ?? ""
    regions = table.rows.map { row in
      let a = table.assessments[row.name]
      return RegionEntry(
        region: row.name, incidents: row.incidents, fatalities: row.fatalities,
        lastIncident: row.lastIncident?.iso, level: a?.level?.label,
        score: a?.score.map { ($0 * 100).rounded() / 100 }, trend: a?.trend?.rawValue,
        incidents7: a?.incidents7 ?? 0, incidents30: a?.incidents30 ?? 0, deaths7: a?.deaths7 ?? 0,
        deaths30: a?.deaths30 ?? 0, baselineWeekly: ((a?.baselineWeekly ?? 0) * 1000).rounded() / 1000,
        weekly: a?.weekly ?? [], explanation: a?.explanation ?? "", reasons: a?.reasons ?? [],
        situation: a?.situation ?? "",
        advisories: (a?.advisories ?? []).map {
          Advice(kind: $0.kind.rawValue, text: $0.text, source: $0.source, date: $0.date?.iso)
        })
    }
  }

  /// Pretty-printed with sorted keys, so output is stable.
  func render() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
