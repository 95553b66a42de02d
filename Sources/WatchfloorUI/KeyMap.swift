public import WatchfloorCore

/// Which key triggers each bindable action, built from the config's ``KeyBindings``.
///
/// Only the keys in the map trigger actions: rebinding reload to `R` makes `r` inert.
/// Navigation keys are fixed and not part of the map.
public struct KeyMap: Hashable, Sendable {
  private var keys: [KeyAction: Key]

  /// The map for `bindings`; a binding that names no key leaves that action unbound.
  public init(_ bindings: KeyBindings = KeyBindings()) {
    let pairs: [(KeyAction, String)] = [
      (.quit, bindings.quit), (.reload, bindings.reload), (.help, bindings.help),
      (.filter, bindings.filter), (.allRegions, bindings.allRegions), (.warnings, bindings.warnings),
    ]
    keys = [:]
    for (action, text) in pairs {
      if let key = Self.key(named: text) { keys[action] = key }
    }
  }

  /// The default bindings: q r ? / a w.
  public static let standard = KeyMap()

  /// The action bound to `key`, if any.
  public func action(for key: Key) -> KeyAction? {
    keys.first { $0.value == key }?.key
  }

  /// The key bound to `action`, if any.
  public func key(for action: KeyAction) -> Key? { keys[action] }

  /// How the key for `action` is written in help and hints ("q", "Enter", "F5"); "" if unbound.
  public func label(for action: KeyAction) -> String {
    keys[action].map(Self.label) ?? ""
  }

  /// The key a config value names: one character (case kept), or enter, tab, escape,
  /// backspace, f1 … f12 (any case); nil for anything else (spaces, control characters).
  public static func key(named text: String) -> Key? {
    guard KeyBindings.isValidKey(text) else { return nil }
    switch text.lowercased() {
    case "enter": return .enter
    case "tab": return .tab
    case "escape": return .escape
    case "backspace": return .backspace
    case let name where name.hasPrefix("f") && name.count > 1:
      guard let number = Int(name.dropFirst()), (1...12).contains(number) else { break }
      return .function(number)
    default: break
    }
    guard text.count == 1, let character = text.first else { return nil }
    return .character(character)
  }

  /// A key as the help overlay writes it.
  static func label(_ key: Key) -> String {
    switch key {
    case .character(let character): return String(character)
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .function(let number): return "F\(number)"
    default: return "?"
    }
  }
}
