/// The keys a config file may contain and the kind of value each takes.
enum ConfigSchema {
  enum Kind: Equatable {
    case string, stringArray, number, integer, table, boolean
    /// "a string", "a number" …
    var phrase: String {
      switch self {
      case .string: return "a string"
      case .stringArray: return "an array of strings"
      case .number: return "a number"
      case .integer: return "an integer"
      case .table: return "a table"
      case .boolean: return "true or false"
      }
    }
  }

  static let topLevel: [String: Kind] = [
    "corpus": .string, "cache": .boolean, "regions": .stringArray, "levels": .table, "weights": .table,
    "baseline": .table, "alerts": .table, "trend": .table, "colors": .table, "keys": .table,
  ]

  static let tables: [String: [String: Kind]] = [
    "levels": ["low": .number, "moderate": .number, "high": .number, "extreme": .number],
    "weights": [
      "battles": .number, "explosions_remote_violence": .number, "violence_against_civilians": .number,
      "protests": .number, "riots": .number, "strategic_developments": .number, "unknown_type": .number,
      "per_death": .number, "death_cap": .integer, "half_life_days": .number,
    ],
    "baseline": ["spike_ratio": .number, "spike_min_incidents": .integer],
    "alerts": ["max_age_days": .integer],
    "trend": ["recent_weeks": .integer, "ratio": .number, "min_difference": .integer],
    "colors": ["minimal": .string, "low": .string, "moderate": .string, "high": .string, "extreme": .string],
    "keys": [
      "quit": .string, "reload": .string, "help": .string, "filter": .string, "all_regions": .string,
      "warnings": .string,
    ],
  ]

  /// Config key of each event type in `[weights]`.
  static let eventTypeKeys: [(EventType, String)] = [
    (.battles, "battles"), (.explosionsRemoteViolence, "explosions_remote_violence"),
    (.violenceAgainstCivilians, "violence_against_civilians"), (.protests, "protests"),
    (.riots, "riots"), (.strategicDevelopments, "strategic_developments"),
  ]

  /// The closest known key within edit distance 2 (1 for keys of up to 3 letters), for "did you mean".
  static func suggestion(for key: String, among known: some Sequence<String>) -> String? {
    let limit = key.count <= 3 ? 1 : 2
    return known.map { (key: $0, distance: editDistance(key.lowercased(), $0)) }
      .filter { $0.distance <= limit }
      .min { $0.distance != $1.distance ? $0.distance < $1.distance : $0.key < $1.key }?.key
  }

  private static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
