/// The eight terminal colours a theme can name in the config file.
public enum ThemeColor: String, Sendable, Hashable, CaseIterable, Codable {
  case black, red, green, yellow, blue, magenta, cyan, white
}
