public import WatchfloorCore

/// How the terminal can show things, and the officer's configured colours and keys.
public struct DisplayOptions: Hashable, Sendable {
  /// Use colours (false: bold, reverse, underline and dim only).
  public var colors: Bool
  /// The locale is UTF-8: box-drawing lines, blocks and arrows; false: ASCII only.
  public var unicode: Bool
  /// The colour of each risk level (`[colors]` in the config file).
  public var levelColors: LevelColors
  /// The keys of the main actions (`[keys]` in the config file).
  public var keys: KeyMap

  public init(
    colors: Bool = true, unicode: Bool = true, levelColors: LevelColors = LevelColors(),
    keys: KeyMap = .standard
  ) {
    self.colors = colors
    self.unicode = unicode
    self.levelColors = levelColors
    self.keys = keys
  }

  /// The glyph set for these options.
  public var glyphs: Glyphs { unicode ? .unicode : .ascii }

  /// The theme for these options.
  public var theme: Theme { colors ? Theme(colors: true, levelColors: levelColors) : .monochrome }
}
