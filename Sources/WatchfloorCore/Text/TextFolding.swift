internal import Foundation

/// Folding of names for matching: case, diacritics, apostrophes and punctuation do not count.
public enum TextFolding {
  /// "Ménaka" → "menaka", "Amalaou-laou" → "amalaou laou", "N'Tillit" → "ntillit".
  public static func key(_ text: some StringProtocol) -> String {
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
