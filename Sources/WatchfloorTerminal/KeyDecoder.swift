import CNCurses
public import WatchfloorUI

/// Turns what `wget_wch` returned into a ``Key``. Pure, so it is tested without a terminal.
public enum KeyDecoder {
  /// The key for a `wget_wch` result, or nil for input that means nothing to the dashboard
  /// (unknown function keys, stray control characters, mouse events).
  /// - Parameters:
  ///   - status: `OK` for a character, `KEY_CODE_YES` for a function key.
  ///   - value: the character or the `KEY_*` code.
  public static func key(status: Int32, value: UInt32) -> Key? {
    if status == wf_key_code_yes() {
      return functionKey(Int32(bitPattern: value))
    }
    guard status == OK else { return nil }
    return characterKey(value)
  }

  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_RESIZE: return .resize
    case wf_key_f(1)...wf_key_f(63): return .function(Int(code - wf_key_f(0)))
    default: return nil
    }
  }

  static func characterKey(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0..<32, 0x80..<0xA0: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }
}
