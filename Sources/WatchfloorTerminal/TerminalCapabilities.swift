/// What the opened terminal can show, decided once at start-up; the renderer is told.
public struct TerminalCapabilities: Hashable, Sendable {
  /// Draw with colours (false: bold, reverse, underline and dim only).
  public var colors: Bool
  /// The locale is UTF-8 and ASCII was not forced: box-drawing lines, arrows and blocks.
  public var unicode: Bool
  /// Colours the terminal reports (`COLORS`), 0 when monochrome.
  public var colorCount: Int

  public init(colors: Bool, unicode: Bool, colorCount: Int) {
    self.colors = colors
    self.unicode = unicode
    self.colorCount = colorCount
  }
}
