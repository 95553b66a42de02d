/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case tab, backTab
  case enter, escape, backspace
  case pageUp, pageDown, home, end
  /// The terminal was resized; the new size comes with the next render.
  case resize
  case function(Int)
}
