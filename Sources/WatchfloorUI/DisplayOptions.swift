/// How the terminal can show things; decided by the terminal layer, not here.
public struct DisplayOptions: Hashable, Sendable {
  /// Use colours (false: bold, reverse, underline and dim only).
  public var colors: Bool
  /// The locale is UTF-8: box-drawing lines, blocks and arrows; false: ASCII only.
  public var unicode: Bool

  public init(colors: Bool = true, unicode: Bool = true) {
    self.colors = colors
    self.unicode = unicode
  }

  /// The glyph set for these options.
  public var glyphs: Glyphs { unicode ? .unicode : .ascii }

  /// The theme for these options.
  public var theme: Theme { colors ? .color : .monochrome }
}
