import WatchfloorCore

/// The one door report text goes through on its way to the grid.
enum SafeTextBridge {
  /// Report text made safe for one screen line (no control characters, no bidi overrides):
  /// ``SafeText/singleLine(_:)``, skipped when a scan of the bytes shows it would change nothing
  /// (most text, drawn on every frame).
  static func line(_ text: some StringProtocol) -> String {
    if isAlreadySafe(text) { return String(text) }
    return SafeText.singleLine(text)
  }

  /// Whether ``SafeText/singleLine(_:)`` would return the text unchanged: no C0 control or DEL,
  /// no C1 control (C2 80–9F), no U+061C (D8 9C), no U+200B–U+200F (E2 80 8B–8F), U+202A–U+202E
  /// (E2 80 AA–AE), U+2060–U+2069 (E2 81 A0–A9) or U+FEFF (EF BB BF).
  static func isAlreadySafe(_ text: some StringProtocol) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte < 0x20 || byte == 0x7F { return false }
      if byte >= 0x80 {
        switch (beforePrevious, previous) {
        case (_, 0xC2) where byte <= 0x9F: return false
        case (_, 0xD8) where byte == 0x9C: return false
        case (0xE2, 0x80) where (0x8B...0x8F).contains(byte) || (0xAA...0xAE).contains(byte): return false
        case (0xE2, 0x81) where (0xA0...0xA9).contains(byte): return false
        case (0xEF, 0xBB) where byte == 0xBF: return false
        default: break
        }
      }
      beforePrevious = previous
      previous = byte
    }
    return true
  }
}
