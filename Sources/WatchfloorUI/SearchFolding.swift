/// Folds text for the incident filter: case- and accent-insensitive, cheap enough to run
/// over 100,000 incidents at load time (no Foundation).
enum SearchFolding {
  /// UTF-8 bytes of `text` with ASCII lowercased, combining accents (U+0300–U+036F) dropped,
  /// accented Latin letters (U+00C0–U+017F) reduced to their base letter ("Ménaka" → "menaka"),
  /// control bytes turned into spaces; other characters are kept as they are. Works on the
  /// UTF-8 bytes directly, so folding 100,000 incidents stays cheap.
  static func fold(_ text: some StringProtocol, into bytes: inout [UInt8]) {
    var pendingLead: UInt8 = 0
    for byte in text.utf8 {
      if pendingLead != 0 {
        let value = (UInt32(pendingLead & 0x1F) << 6) | UInt32(byte & 0x3F)
        pendingLead = 0
        if (0x0300...0x036F).contains(value) { continue }
        if let base = latinBase(value) {
          bytes.append(base)
        } else {
          bytes.append(0xC0 | UInt8(value >> 6))
          bytes.append(byte)
        }
        continue
      }
      if byte < 0x80 {
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : (byte < 0x20 || byte == 0x7F ? 0x20 : byte))
      } else if byte >= 0xC3 && byte <= 0xCD {
        pendingLead = byte  // two-byte sequence that may be a Latin letter or a combining mark
      } else {
        bytes.append(byte)
      }
    }
  }

  /// The folded form of a query.
  static func fold(_ text: some StringProtocol) -> [UInt8] {
    var bytes: [UInt8] = []
    fold(text, into: &bytes)
    return bytes
  }

  /// Base ASCII letter of a Latin-1 or Latin Extended-A letter with a diacritic.
  private static func latinBase(_ value: UInt32) -> UInt8? {
    guard (0xC0...0x17F).contains(value) else { return nil }
    let index = Int(value - 0xC0)
    let base = latinTable[index]
    return base == UInt8(ascii: "?") ? nil : base
  }

  /// One base letter per code point from U+00C0 to U+017F; `?` means "no simple base".
  private static let latinTable: [UInt8] = Array(
    ("aaaaaaaceeeeiiii?nooooo?ouuuuy??aaaaaaaceeeeiiii?nooooo?ouuuuy?y"
      + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkk?lllllll"
      + "lllnnnnnnn??oooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs").utf8)
}
