/// Text made only of scalars that are each a grapheme of their own, one cell wide, and that
/// ``SafeTextBridge`` leaves as they are: printable ASCII, accented Latin letters
/// (U+00A0–U+02FF), general punctuation (dashes, quotes, "…", "·"), arrows, box drawing and
/// block elements. Most report text and every frame's own drawing characters are simple text,
/// so they are measured and drawn scalar by scalar, without grapheme breaking. The soft hyphen
/// (U+00AD, a format character) takes no cell.
enum SimpleText {
  /// U+00AD: zero cells.
  static let softHyphen: UInt32 = 0xAD

  /// Cells taken by one scalar of simple text (0 or 1), or nil when the scalar is not one.
  @inline(__always)
  static func cells(_ value: UInt32) -> Int? {
    switch value {
    case 0x20..<0x7F: return 1
    case softHyphen: return 0
    case 0xA0..<0x300: return 1
    case 0x2010...0x2027, 0x2030...0x205E: return 1
    case 0x2190...0x21FF, 0x2500...0x25FC: return 1
    default: return nil
    }
  }

  /// The display width of `text` if it is simple text, else nil.
  static func width(_ text: some StringProtocol) -> Int? {
    var total = 0
    for scalar in text.unicodeScalars {
      guard let cells = cells(scalar.value) else { return nil }
      total += cells
    }
    return total
  }
}
