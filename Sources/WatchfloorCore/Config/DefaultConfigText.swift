/// The commented default config file that `watchfloor config --print-default` writes.
///
/// Generated from ``Config/default`` so the two cannot drift; a test parses it back.
public enum DefaultConfigText {
  public static var text: String { render(.default) }

  /// `config` as a commented TOML file.
  public static func render(_ config: Config) -> String {
    let risk = config.risk
    let t = risk.thresholds
    func weight(_ type: EventType) -> String { number(risk.severity(of: type)) }
    let regions = config.regions.map { "\"\($0.name)\"" }.joined(separator: ", ")
    let corpus = config.corpus.map { "corpus = \(quoted($0))" } ?? "# corpus = \"~/watchfloor/reports\""
    let c = config.colors
    let k = config.keys
    return """
      # Watchfloor configuration (TOML).
      # Read from --config FILE, else $XDG_CONFIG_HOME/watchfloor/config.toml, else
      # ~/.config/watchfloor/config.toml. Every key is optional: a key left out keeps the value
      # shown here. Unknown keys are errors, and a file with any error is not used at all.

      # The folder of reports. Relative paths are relative to this file; "~/" is your home.
      # Left out: --corpus, $WATCHFLOOR_CORPUS or ./Fixtures decide.
      \(corpus)

      # Keep each report's extracted incidents in $XDG_CACHE_HOME/watchfloor (else
      # ~/.cache/watchfloor), keyed by the file's content, so later starts only read the files
      # that changed. false: extract every file on every load (same as --no-cache).
      cache = \(config.cache)

      # Regions with their own pane, in display order. Any name or spelling Watchfloor knows:
      # Kayes, Koulikoro, Sikasso, Ségou, Mopti, Timbuktu, Gao, Kidal, Taoudénit, Ménaka, Bamako,
      # and the 2023 regions (Bandiagara, Douentza, San, Nioro, Kita, Dioïla, Nara, Bougouni,
      # Koutiala). A 2023 region counts under its parent unless it is listed itself.
      regions = [\(regions)]

      # The risk model (see docs/risk-model.md). An incident scores its event-type weight plus
      # per_death points per death (up to death_cap deaths); points halve every half_life_days.
      # The region's score is the sum over the last 30 days.

      [levels]
      # The score from which a region reaches each level; below `low` it is Minimal.
      low = \(number(t.low))
      moderate = \(number(t.moderate))
      high = \(number(t.high))
      extreme = \(number(t.extreme))

      [weights]
      explosions_remote_violence = \(weight(.explosionsRemoteViolence))
      violence_against_civilians = \(weight(.violenceAgainstCivilians))
      battles = \(weight(.battles))
      riots = \(weight(.riots))
      protests = \(weight(.protests))
      strategic_developments = \(weight(.strategicDevelopments))
      # An incident whose event type is not known.
      unknown_type = \(number(risk.unknownTypeSeverity))
      per_death = \(number(risk.pointsPerDeath))
      death_cap = \(risk.deathCap)
      half_life_days = \(number(risk.halfLifeDays))

      [baseline]
      # One level up when the last 30 days run at spike_ratio times the weekly average of the
      # 52 weeks before (or those weeks were quiet), with at least spike_min_incidents incidents.
      spike_ratio = \(number(risk.spikeRatio))
      spike_min_incidents = \(risk.spikeMinIncidents)

      [alerts]
      # The newest advice for a region moves its level one step towards the level it states
      # ("avoid all travel" = Extreme) when it is at most this many days old.
      max_age_days = \(risk.alertMaxAgeDays)

      [trend]
      # Of the 12 weekly counts, the last recent_weeks are compared with the weeks before (scaled
      # to the same length): rising or falling needs `ratio` times more and min_difference incidents.
      recent_weeks = \(risk.trendRecentWeeks)
      ratio = \(number(risk.trendRatio))
      min_difference = \(risk.trendMinDifference)

      [colors]
      # One of: black, red, green, yellow, blue, magenta, cyan, white. Levels are also written out.
      # white is drawn in the terminal's own text colour, so it stays readable on light backgrounds.
      minimal = "\(c.minimal.rawValue)"
      low = "\(c.low.rawValue)"
      moderate = "\(c.moderate.rawValue)"
      high = "\(c.high.rawValue)"
      extreme = "\(c.extreme.rawValue)"

      [keys]
      # One character (case matters: "R" is Shift-r), or enter, tab, escape, backspace, f1 … f12.
      # Arrows and h j k l g G navigate and cannot be bound.
      quit = \(quoted(k.quit))
      reload = \(quoted(k.reload))
      help = \(quoted(k.help))
      filter = \(quoted(k.filter))
      all_regions = \(quoted(k.allRegions))
      warnings = \(quoted(k.warnings))

      """
  }

  /// A TOML float: 2.5, 1.0.
  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? "\(Int(value)).0" : "\(value)"
  }

  /// A TOML basic string with `\` and `"` escaped.
  private static func quoted(_ value: String) -> String {
    var out = "\""
    for c in value.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }
}
