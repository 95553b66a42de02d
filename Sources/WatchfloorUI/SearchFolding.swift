/// Folds text for the incident filter: case- and accent-insensitive, cheap enough to run
/// over 100,000 incidents at load time (no Foundation).
enum SearchFolding {
  /// UTF-8 bytes of `text` lowercased, with combining marks dropped and accented Latin
  /// letters reduced to their base letter ("Ménaka" → "menaka").
  static func fold(_ text: some StringProtocol, into bytes: inout [UInt8]) {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        let byte = UInt8(value)
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : (byte < 0x20 ? 0x20 : byte))
        continue
      }
      if (0x0300...0x036F).contains(value) { continue }
      if let base = latinBase(value) {
        bytes.append(base)
        continue
      }
      for lower in scalar.properties.lowercaseMapping.unicodeScalars {
        bytes.append(contentsOf: String(lower).utf8)
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
