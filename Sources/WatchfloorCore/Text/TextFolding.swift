internal import Foundation

/// Folding of names for matching: case, diacritics, apostrophes and punctuation do not count.
public enum TextFolding {
  /// "Ménaka" → "menaka", "Amalaou-laou" → "amalaou laou", "N'Tillit" → "ntillit".
  public static func key(_ text: some StringProtocol) -> String {
    asciiKey(text) ?? foldedKey(text)
  }

  /// ``key(_:)`` of an all-ASCII text without Foundation: ASCII folds to lower case, its
  /// apostrophes (`'`, `` ` ``) vanish and every run of other non-alphanumerics is one space.
  /// Nil when the text has any non-ASCII byte.
  static func asciiKey(_ text: some StringProtocol) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      switch byte {
      case 0x80...: return nil
      case 0x27, 0x60: continue  // ' and `
      case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
        if pendingSpace, !out.isEmpty { out.append(0x20) }
        pendingSpace = false
        out.append(byte | (byte >= 0x41 ? 0x20 : 0))
      default:
        pendingSpace = true
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// ``key(_:)`` for any text, through Foundation's case and diacritic folding.
  static func foldedKey(_ text: some StringProtocol) -> String {
    let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    var out = ""
    out.reserveCapacity(folded.utf8.count)
    var pendingSpace = false
    for scalar in folded.unicodeScalars {
      if apostrophes.contains(scalar) { continue }
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if pendingSpace, !out.isEmpty { out.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      } else {
        pendingSpace = true
      }
    }
    return out
  }

  private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "`", "ʼ", "‘"]
}
