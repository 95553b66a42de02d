/// Decoding of Windows-1252 (the superset of Latin-1 that Windows editors write), used as the
/// fallback when a report is not UTF-8.
enum Windows1252 {
  /// The characters of bytes 0x80–0x9F; nil where Windows-1252 leaves the byte undefined.
  private static let high: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
    nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
  ]

  /// `bytes` decoded when they look like Windows-1252 text: every byte is defined, high bytes are
  /// at most a quarter of the text, and every accented letter (0xC0–0xFF) touches a letter, as in
  /// words like "Ségou", or is "à" (prose with accents, not random data or broken UTF-8). Nil otherwise.
  static func decode(_ bytes: [UInt8]) -> String? {
    var highCount = 0
    var scalars = String.UnicodeScalarView()
    for (index, byte) in bytes.enumerated() {
      if byte >= 0xC0 {
        let before = index > 0 && isWordByte(bytes[index - 1])
        let after = index + 1 < bytes.count && isWordByte(bytes[index + 1])
        // "à" stands alone in French; other lone high bytes are broken UTF-8 or noise.
        guard before || after || byte == 0xE0 || byte == 0xC0 else { return nil }
      }
      switch byte {
      case 0x00...0x7F: scalars.append(Unicode.Scalar(byte))
      case 0x80...0x9F:
        guard let scalar = high[Int(byte - 0x80)] else { return nil }
        highCount += 1
        scalars.append(scalar)
      default:
        highCount += 1
        scalars.append(Unicode.Scalar(byte))
      }
    }
    guard highCount * 4 <= bytes.count else { return nil }
    return String(scalars)
  }

  /// An ASCII letter or a Latin-1 letter byte.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0xC0
  }
}
