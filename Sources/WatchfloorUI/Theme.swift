public import WatchfloorCore

/// Maps meaning to cell style. Colour never carries meaning alone: levels are also written as
/// text, and the monochrome theme uses only bold, reverse, underline and dim.
public struct Theme: Hashable, Sendable {
  /// Whether this theme uses colours.
  public var colors: Bool
  /// The colour of each risk level, from the config file. `white` is drawn in the terminal's
  /// own text colour, so a white level stays readable on a light background.
  public var levelColors: LevelColors

  public init(colors: Bool, levelColors: LevelColors = LevelColors()) {
    self.colors = colors
    self.levelColors = levelColors
  }

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
    let color = colors ? levelColor(level) : nil
    switch level {
    case .extreme: return CellStyle(foreground: color, bold: true, reverse: !colors)
    case .high: return CellStyle(foreground: color, bold: !colors)
    case .moderate: return CellStyle(foreground: color, underline: !colors)
    case .low: return CellStyle(foreground: color)
    case .minimal: return CellStyle(foreground: color, dim: true)
    }
  }

  /// The configured colour of `level`; nil (terminal default) for white.
  private func levelColor(_ level: RiskLevel) -> Color? {
    let configured = levelColors.color(for: level)
    return configured == .white ? nil : Color(configured)
  }
}
