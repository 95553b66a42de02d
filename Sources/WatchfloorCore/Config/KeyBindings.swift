/// Keys for the dashboard's main actions (`[keys]` in the config file).
///
/// Each value is one printable character ("q", "?", "/") or a key name: `enter`, `tab`,
/// `escape`, `backspace`, `f1` … `f12` (any case). Navigation keys (arrows, `h` `j` `k` `l`
/// `g` `G`) are fixed and cannot be bound.
public struct KeyBindings: Hashable, Sendable {
  public var quit: String
  public var reload: String
  public var help: String
  public var filter: String
  public var allRegions: String
  public var warnings: String

  public init(
    quit: String = "q", reload: String = "r", help: String = "?", filter: String = "/",
    allRegions: String = "a", warnings: String = "w"
  ) {
    self.quit = quit
    self.reload = reload
    self.help = help
    self.filter = filter
    self.allRegions = allRegions
    self.warnings = warnings
  }

  /// Named keys accepted besides single characters.
  public static let keyNames: Set<String> =
    Set(["enter", "tab", "escape", "backspace"] + (1...12).map { "f\($0)" })

  /// Characters the dashboard uses for navigation.
  public static let navigationKeys: Set<String> = ["h", "j", "k", "l", "g", "G"]

  /// Whether `value` names a key: one printable, non-space character, or a key name.
  public static func isValidKey(_ value: String) -> Bool {
    if keyNames.contains(value.lowercased()) { return true }
    guard value.count == 1, let scalar = value.unicodeScalars.first else { return false }
    return !value.first!.isWhitespace && scalar.value >= 0x21 && !(0x7F...0x9F).contains(scalar.value)
  }

  /// (config key, value) pairs in file order.
  public var all: [(key: String, value: String)] {
    [
      ("quit", quit), ("reload", reload), ("help", help), ("filter", filter),
      ("all_regions", allRegions), ("warnings", warnings),
    ]
  }
}
