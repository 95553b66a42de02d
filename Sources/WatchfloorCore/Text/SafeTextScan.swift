/// Whether ``SafeText`` would leave a text as it is, from one scan of its UTF-8 bytes.
enum SafeTextScan {
  /// True when ``SafeText/singleLine(_:)`` (or, with `keepingNewlines`, ``SafeText/multiLine(_:)``)
  /// returns `text` unchanged: no C0 control (a line feed allowed with `keepingNewlines`) or
  /// DEL, no C1 control (C2 80–9F), no U+061C (D8 9C), no U+200B–U+200F (E2 80 8B–8F),
  /// U+202A–U+202E (E2 80 AA–AE), U+2060–U+2069 (E2 81 A0–A9) or U+FEFF (EF BB BF).
  ///
  /// A line feed is a grapheme of its own unless a carriage return precedes it, and a carriage
  /// return makes the text changed, so splitting on line feeds splits these bytes.
  static func isUnchanged(_ text: some StringProtocol, keepingNewlines: Bool) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte < 0x20 {
        guard keepingNewlines, byte == 0x0A else { return false }
      } else if byte == 0x7F {
        return false
      } else if byte >= 0x80 {
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
