/// Everything a config file can set; every field has a default (``Config/default``).
///
/// Read with ``ConfigFile/load(explicitPath:environment:)``; the file format is described by
/// ``ConfigFile/defaultText`` (`watchfloor config --print-default`).
public struct Config: Hashable, Sendable {
  /// The corpus folder; nil leaves it to `--corpus`, `$WATCHFLOOR_CORPUS` or `./Fixtures`.
  public var corpus: String?
  /// Whether loads use the extraction cache (`$XDG_CACHE_HOME/watchfloor`); `--no-cache` also
  /// turns it off.
  public var cache: Bool
  /// Regions with their own pane, in display order.
  public var regions: [Region]
  /// Thresholds and weights of the risk model.
  public var risk: RiskSettings
  public var colors: LevelColors
  public var keys: KeyBindings

  public init(
    corpus: String? = nil, cache: Bool = true, regions: [Region] = Config.defaultRegions,
    risk: RiskSettings = RiskSettings(), colors: LevelColors = LevelColors(),
    keys: KeyBindings = KeyBindings()
  ) {
    self.corpus = corpus
    self.cache = cache
    self.regions = regions
    self.risk = risk
    self.colors = colors
    self.keys = keys
  }

  /// The regions watched when the config names none: the most active ones.
  public static let defaultRegions: [Region] = ["Gao", "Ménaka", "Mopti", "Kidal"].map(Region.init)

  /// All defaults.
  public static let `default` = Config()
}
