import CNCurses
import WatchfloorUI

/// Allocates ncurses colour pairs on demand for (foreground, background) combinations.
struct ColorPairs {
  /// Whether colours are drawn at all; false gives pair 0 for every style.
  let enabled: Bool
  /// `use_default_colors` worked: -1 means the terminal's own colour.
  let hasDefaultColors: Bool
  private let maximumPairs: Int
  private var allocated: Set<Int16> = []

  init(enabled: Bool, hasDefaultColors: Bool, maximumPairs: Int) {
    self.enabled = enabled
    self.hasDefaultColors = hasDefaultColors
    self.maximumPairs = maximumPairs
  }

  /// The pair number for a style's colours, initialising it the first time; 0 = defaults.
  mutating func pair(foreground: Color?, background: Color?) -> Int16 {
    guard enabled, foreground != nil || background != nil else { return 0 }
    let number = Int16(1 + Self.index(foreground) * 9 + Self.index(background))
    guard Int(number) < maximumPairs else { return 0 }
    if !allocated.contains(number) {
      let fallbackForeground: Int16 = hasDefaultColors ? -1 : Int16(COLOR_WHITE)
      let fallbackBackground: Int16 = hasDefaultColors ? -1 : Int16(COLOR_BLACK)
      init_pair(
        number, foreground.map { Int16($0.rawValue) } ?? fallbackForeground,
        background.map { Int16($0.rawValue) } ?? fallbackBackground)
      allocated.insert(number)
    }
    return number
  }

  private static func index(_ color: Color?) -> Int { color.map { $0.rawValue + 1 } ?? 0 }
}
