import WatchfloorCore

extension Color {
  /// The terminal colour a config file's colour name stands for.
  init(_ themeColor: ThemeColor) {
    switch themeColor {
    case .black: self = .black
    case .red: self = .red
    case .green: self = .green
    case .yellow: self = .yellow
    case .blue: self = .blue
    case .magenta: self = .magenta
    case .cyan: self = .cyan
    case .white: self = .white
    }
  }
}
