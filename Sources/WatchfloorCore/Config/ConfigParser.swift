internal import TOMLKit

/// Turns the text of a config file into a ``Config``, or rejects it whole with every problem
/// located by key and line: syntax errors (from TOMLKit, with line and column), unknown keys
/// (with a "did you mean"), values of the wrong type, values out of range, unknown region names.
public struct ConfigParser: Sendable {
  public var catalog: RegionCatalog

  public init(catalog: RegionCatalog = .bundled) { self.catalog = catalog }

  /// Parses `text`.
  /// - Parameters:
  ///   - file: the name used in error messages.
  ///   - baseDirectory: relative `corpus` paths are taken relative to it (the file's folder).
  ///   - home: replaces a leading `~` in `corpus`.
  public func parse(
    _ text: String, file: String, baseDirectory: String? = nil, home: String? = nil
  ) throws(ConfigError) -> Config {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let problem = ConfigProblem(
        line: error.source.begin.line, column: error.source.begin.column,
        message: "invalid TOML: \(error.description)")
      throw ConfigError(file: file, problems: [problem])
    } catch {
      throw ConfigError(file: file, problems: [ConfigProblem(message: "invalid TOML: \(error)")])
    }
    var reader = ConfigTableReader(root: root, locator: KeyLocator(text: text))
    reader.checkKeys([], schema: ConfigSchema.topLevel)
    for (table, schema) in ConfigSchema.tables { reader.checkKeys([table], schema: schema) }

    var config = Config.default
    readCorpus(&reader, into: &config, baseDirectory: baseDirectory, home: home)
    if let cache = reader.boolean(["cache"]) { config.cache = cache }
    readRegions(&reader, into: &config)
    readRisk(&reader, into: &config.risk)
    readColors(&reader, into: &config.colors)
    readKeys(&reader, into: &config.keys)

    guard reader.problems.isEmpty else {
      let ordered = reader.problems.enumerated().sorted { a, b in
        (a.element.line ?? .max, a.offset) < (b.element.line ?? .max, b.offset)
      }.map(\.element)
      throw ConfigError(file: file, problems: ordered)
    }
    return config
  }

  private func readCorpus(
    _ reader: inout ConfigTableReader, into config: inout Config, baseDirectory: String?, home: String?
  ) {
    guard let path = reader.string(["corpus"]) else { return }
    guard !path.isEmpty else {
      reader.problem(["corpus"], "must not be empty (leave it out to use --corpus or the default)")
      return
    }
    var expanded = path
    if let home, path == "~" || path.hasPrefix("~/") {
      expanded = home + path.dropFirst()
    } else if !path.hasPrefix("/"), let baseDirectory {
      expanded = baseDirectory + "/" + path
    }
    config.corpus = expanded
  }

  private func readRegions(_ reader: inout ConfigTableReader, into config: inout Config) {
    guard let names = reader.strings(["regions"]) else { return }
    guard !names.isEmpty else {
      reader.problem(["regions"], "must name at least one region")
      return
    }
    let unknown = names.filter { catalog.region(named: $0) == nil }
    if !unknown.isEmpty {
      let list = unknown.map { "\"\($0)\"" }.joined(separator: ", ")
      let known = catalog.regions.map(\.name).joined(separator: ", ")
      reader.problem(
        ["regions"], "unknown region \(unknown.count == 1 ? "name" : "names") \(list) (known: \(known))")
      return
    }
    let regions = names.compactMap { catalog.region(named: $0) }
    var seen: Set<Region> = []
    let repeated = regions.filter { !seen.insert($0).inserted }
    if !repeated.isEmpty {
      reader.problem(["regions"], "lists \(repeated.map(\.name).joined(separator: ", ")) more than once")
      return
    }
    config.regions = regions
  }

  private func readRisk(_ reader: inout ConfigTableReader, into risk: inout RiskSettings) {
    let levels: [(String, WritableKeyPath<LevelThresholds, Double>)] = [
      ("low", \.low), ("moderate", \.moderate), ("high", \.high), ("extreme", \.extreme),
    ]
    for (key, path) in levels {
      if let value = reader.number(["levels", key], atLeast: 0, exclusive: true) {
        risk.thresholds[keyPath: path] = value
      }
    }
    if !risk.thresholds.isIncreasing {
      reader.problem(["levels"], "thresholds must increase: low < moderate < high < extreme")
    }
    for (type, key) in ConfigSchema.eventTypeKeys {
      if let value = reader.number(["weights", key], atLeast: 0) { risk.severity[type] = value }
    }
    if let value = reader.number(["weights", "unknown_type"], atLeast: 0) {
      risk.unknownTypeSeverity = value
    }
    if let value = reader.number(["weights", "per_death"], atLeast: 0) { risk.pointsPerDeath = value }
    if let value = reader.integer(["weights", "death_cap"], in: 0...100_000) { risk.deathCap = value }
    if let value = reader.number(["weights", "half_life_days"], atLeast: 0, exclusive: true) {
      risk.halfLifeDays = value
    }
    if let value = reader.number(["baseline", "spike_ratio"], atLeast: 1) { risk.spikeRatio = value }
    if let value = reader.integer(["baseline", "spike_min_incidents"], in: 1...10_000) {
      risk.spikeMinIncidents = value
    }
    if let value = reader.integer(["alerts", "max_age_days"], in: 0...3650) { risk.alertMaxAgeDays = value }
    if let value = reader.integer(["trend", "recent_weeks"], in: 1...11) { risk.trendRecentWeeks = value }
    if let value = reader.number(["trend", "ratio"], atLeast: 1) { risk.trendRatio = value }
    if let value = reader.integer(["trend", "min_difference"], in: 0...10_000) {
      risk.trendMinDifference = value
    }
  }

  private func readColors(_ reader: inout ConfigTableReader, into colors: inout LevelColors) {
    let keys: [(String, WritableKeyPath<LevelColors, ThemeColor>)] = [
      ("minimal", \.minimal), ("low", \.low), ("moderate", \.moderate), ("high", \.high),
      ("extreme", \.extreme),
    ]
    for (key, path) in keys {
      guard let name = reader.string(["colors", key]) else { continue }
      guard let color = ThemeColor(rawValue: name.lowercased()) else {
        let names = ThemeColor.allCases.map(\.rawValue).joined(separator: ", ")
        reader.problem(["colors", key], "unknown colour \"\(name)\" (use one of \(names))")
        continue
      }
      colors[keyPath: path] = color
    }
  }

  private func readKeys(_ reader: inout ConfigTableReader, into keys: inout KeyBindings) {
    let actions: [(String, WritableKeyPath<KeyBindings, String>)] = [
      ("quit", \.quit), ("reload", \.reload), ("help", \.help), ("filter", \.filter),
      ("all_regions", \.allRegions), ("warnings", \.warnings),
    ]
    for (key, path) in actions {
      guard let value = reader.string(["keys", key]) else { continue }
      if !KeyBindings.isValidKey(value) {
        reader.problem(
          ["keys", key],
          "\"\(value)\" is not a key: use one character or enter, tab, escape, backspace, f1…f12")
      } else if KeyBindings.navigationKeys.contains(value) {
        reader.problem(["keys", key], "\"\(value)\" is a navigation key and cannot be rebound")
      } else {
        keys[keyPath: path] = value.count > 1 ? value.lowercased() : value
      }
    }
    var owner: [String: String] = [:]
    for (action, value) in keys.all {
      if let other = owner[value] {
        reader.problem(["keys", action], "\"\(value)\" is already bound to \(other)")
      } else {
        owner[value] = action
      }
    }
  }
}
