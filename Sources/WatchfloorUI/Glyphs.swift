/// The drawing characters of a frame: Unicode lines and blocks, or ASCII for terminals whose
/// locale is not UTF-8.
public struct Glyphs: Hashable, Sendable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  /// Sparkline levels from lowest to highest.
  public var sparkline: [String]
  public var ellipsis: String
  /// Marks the selected region row.
  public var pointer: String
  /// Separates header items.
  public var separator: String
  public var unicode: Bool

  /// Box-drawing lines, block sparklines, "…".
  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    sparkline: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], ellipsis: "…", pointer: "▸", separator: "·",
    unicode: true)

  /// `+-|` boxes and an ASCII ramp for sparklines.
  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    sparkline: ["_", ".", ":", "-", "=", "+", "*", "#"], ellipsis: "~", pointer: ">", separator: "|",
    unicode: false)

  /// A sparkline of `values` (one cell each), scaled to the largest; zero is the lowest glyph.
  public func sparkline(_ values: [Int]) -> String {
    let top = values.max() ?? 0
    guard top > 0 else { return String(repeating: sparkline[0], count: values.count) }
    let steps = sparkline.count - 1
    return values.map { value -> String in
      guard value > 0 else { return sparkline[0] }
      let level = max(1, (value * steps + top - 1) / top)
      return sparkline[min(steps, level)]
    }.joined()
  }
}
