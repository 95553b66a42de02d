import WatchfloorCore

/// Maps meaning to cell style. Colour never carries meaning alone: levels are also written as
/// text, and the monochrome theme uses only bold, reverse, underline and dim.
public struct Theme: Hashable, Sendable {
  /// Whether this theme uses colours.
  public var colors: Bool

  public init(colors: Bool) { self.colors = colors }

  /// Colours for risk levels and accents.
  public static let color = Theme(colors: true)
  /// Bold, reverse, underline and dim only.
  public static let monochrome = Theme(colors: false)

  /// The style for a role.
  public func style(_ role: StyleRole) -> CellStyle {
    switch role {
    case .normal: return .plain
    case .brand: return CellStyle(foreground: colors ? .cyan : nil, bold: true)
    case .header: return .plain
    case .dim: return CellStyle(dim: true)
    case .border: return colors ? CellStyle(foreground: .blue) : CellStyle(dim: true)
    case .focusedBorder: return CellStyle(foreground: colors ? .cyan : nil, bold: true)
    case .title: return CellStyle(bold: true)
    case .focusedTitle: return CellStyle(foreground: colors ? .cyan : nil, bold: true, underline: !colors)
    case .columnHeader: return CellStyle(underline: true)
    case .level(let level): return levelStyle(level)
    case .selection: return CellStyle(reverse: true)
    case .inactiveSelection: return CellStyle(underline: true)
    case .newIncident: return CellStyle(foreground: colors ? .yellow : nil, bold: true)
    case .warning: return CellStyle(foreground: colors ? .yellow : nil, bold: true)
    case .error: return CellStyle(foreground: colors ? .red : nil, bold: true, reverse: !colors)
    case .filter: return CellStyle(foreground: colors ? .yellow : nil, underline: !colors)
    case .status: return CellStyle(reverse: true)
    case .label: return CellStyle(bold: true)
    case .trend: return colors ? CellStyle(foreground: .cyan) : .plain
    }
  }

  private func levelStyle(_ level: RiskLevel?) -> CellStyle {
    guard let level else { return CellStyle(dim: true) }
    switch level {
    case .extreme: return CellStyle(foreground: colors ? .red : nil, bold: true, reverse: !colors)
    case .high: return colors ? CellStyle(foreground: .red) : CellStyle(bold: true)
    case .moderate: return colors ? CellStyle(foreground: .yellow) : CellStyle(underline: true)
    case .low: return colors ? CellStyle(foreground: .green) : .plain
    case .minimal: return CellStyle(dim: true)
    }
  }
}
