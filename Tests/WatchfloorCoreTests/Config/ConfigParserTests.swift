import Testing
import WatchfloorCore

@Suite struct ConfigParserTests {
  func parse(_ text: String) throws(ConfigError) -> Config {
    try ConfigParser().parse(text, file: "test.toml", baseDirectory: "/etc/wf", home: "/home/officer")
  }

  func problems(_ text: String) -> [ConfigProblem] {
    do {
      _ = try parse(text)
      return []
    } catch {
      return error.problems
    }
  }

  @Test func emptyFileIsAllDefaults() throws {
    #expect(try parse("") == Config.default)
    #expect(try parse("# only a comment\n") == Config.default)
  }

  @Test func defaultFileParsesBackToTheDefaults() throws {
    #expect(try parse(DefaultConfigText.text) == Config.default)
  }

  @Test func changedConfigRoundTripsThroughTheRenderer() throws {
    var config = Config.default
    config.corpus = "/srv/reports \"north\""
    config.regions = [Region("Kidal"), Region("Bandiagara")]
    config.risk.thresholds = LevelThresholds(low: 0.5, moderate: 2, high: 7.5, extreme: 30)
    config.risk.severity[.protests] = 0.25
    config.risk.trendRecentWeeks = 4
    config.colors.high = .magenta
    config.keys.quit = "x"
    config.keys.help = "f1"
    #expect(try parse(DefaultConfigText.render(config)) == config)
  }

  @Test func validFileSetsEverySection() throws {
    let config = try parse(
      """
      corpus = "reports"
      regions = ["menaka", "Tombouctou", "Bandiagara"]
      [levels]
      low = 2
      moderate = 5
      high = 12.5
      extreme = 25
      [weights]
      battles = 3
      per_death = 0.5
      death_cap = 20
      [baseline]
      spike_ratio = 3.0
      [trend]
      recent_weeks = 4
      [colors]
      extreme = "Magenta"
      [keys]
      reload = "R"
      warnings = "F2"
      """)
    #expect(config.corpus == "/etc/wf/reports")
    #expect(config.regions == ["Ménaka", "Timbuktu", "Bandiagara"].map(Region.init))
    #expect(config.risk.thresholds == LevelThresholds(low: 2, moderate: 5, high: 12.5, extreme: 25))
    #expect(config.risk.severity(of: .battles) == 3)
    #expect(config.risk.severity(of: .protests) == 0.5)  // untouched default
    #expect(config.risk.pointsPerDeath == 0.5)
    #expect(config.risk.deathCap == 20)
    #expect(config.risk.spikeRatio == 3)
    #expect(config.risk.trendRecentWeeks == 4)
    #expect(config.colors.extreme == .magenta)
    #expect(config.colors.high == .red)
    #expect(config.keys.reload == "R")
    #expect(config.keys.warnings == "f2")
    #expect(config.keys.quit == "q")
  }

  @Test func homeAndAbsoluteCorpusPaths() throws {
    #expect(try parse("corpus = \"~/reports\"").corpus == "/home/officer/reports")
    #expect(try parse("corpus = \"/data/r\"").corpus == "/data/r")
  }

  @Test func syntaxErrorNamesLineAndColumn() {
    let found = problems("regions = [\"Gao\"]\n[levels]\nlow = = 3\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 3)
    #expect(found.first?.column != nil)
    #expect(found.first?.message.hasPrefix("invalid TOML") == true)
  }

  @Test func cacheKeyTurnsTheExtractionCacheOff() throws {
    #expect(Config.default.cache)
    #expect(try parse("cache = false\n").cache == false)
    #expect(try parse("cache = true\n").cache)
    var config = Config.default
    config.cache = false
    #expect(try parse(DefaultConfigText.render(config)) == config)
    #expect(
      problems("cache = \"no\"\n") == [
        ConfigProblem(line: 1, key: "cache", message: "expected true or false, found a string")
      ])
  }

  @Test func wrongTypeNamesKeyAndLine() {
    let found = problems("regions = [\"Gao\"]\n\n[levels]\nlow = 1\nhigh = \"very\"\n")
    #expect(
      found == [ConfigProblem(line: 5, key: "levels.high", message: "expected a number, found a string")])
  }

  @Test func integerKeysRejectFractions() {
    let found = problems("[weights]\ndeath_cap = 2.5\n")
    #expect(found.map(\.key) == ["weights.death_cap"])
    #expect(found.first?.line == 2)
    #expect(found.first?.message == "expected an integer, found a floating-point number")
  }

  @Test func unknownKeysAreErrorsWithSuggestions() {
    let found = problems("regoins = [\"Gao\"]\n[levels]\nhihg = 3\n[colours]\nhigh = \"red\"\n")
    #expect(found.map(\.key) == ["regoins", "levels.hihg", "colours"])
    #expect(found.map(\.line) == [1, 3, 4])
    #expect(found[0].message == "unknown key (did you mean \"regions\"?)")
    #expect(found[1].message == "unknown key in [levels] (did you mean \"high\"?)")
    #expect(found[2].message == "unknown key (did you mean \"colors\"?)")
  }

  @Test func unknownRegionNamesAreListed() {
    let found = problems("\nregions = [\"Gao\", \"Atlantis\", \"Mordor\"]\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 2)
    #expect(found.first?.key == "regions")
    #expect(
      found.first?.message.hasPrefix("unknown region names \"Atlantis\", \"Mordor\" (known: Kayes") == true)
  }

  @Test func repeatedAndEmptyRegionsAreErrors() {
    #expect(problems("regions = [\"Gao\", \"gao\"]").first?.message == "lists Gao more than once")
    #expect(problems("regions = []").first?.message == "must name at least one region")
    #expect(
      problems("regions = [\"Gao\", 3]").first?.message.hasPrefix("expected an array of strings") == true)
  }

  @Test func outOfRangeValuesAreErrors() {
    let found = problems(
      "[levels]\nlow = 5\nmoderate = 4\n[weights]\nbattles = -1\n[trend]\nrecent_weeks = 12\n[colors]\nlow = \"pink\"\n"
    )
    #expect(found.map(\.key) == ["levels", "weights.battles", "trend.recent_weeks", "colors.low"])
    #expect(found[0].message == "thresholds must increase: low < moderate < high < extreme")
    #expect(found[1].message == "must be at least 0, found -1")
    #expect(found[3].message.hasPrefix("unknown colour \"pink\""))
  }

  @Test func badKeyBindingsAreErrors() {
    let found = problems("[keys]\nquit = \"r\"\nhelp = \"ctrl-x\"\nfilter = \"j\"\n")
    #expect(Set(found.compactMap(\.key)) == ["keys.help", "keys.filter", "keys.reload"])
    #expect(found.contains { $0.key == "keys.help" && $0.message.hasPrefix("\"ctrl-x\" is not a key") })
    #expect(found.contains { $0.key == "keys.filter" && $0.message.contains("navigation key") })
    #expect(found.contains { $0.key == "keys.reload" && $0.message == "\"r\" is already bound to quit" })
  }

  @Test func everyProblemIsReportedAndNothingIsApplied() {
    do {
      _ = try parse("regions = [\"Kidal\"]\n[levels]\nlow = \"x\"\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "test.toml: line 3: levels.low: expected a number, found a string")
    }
  }
}
