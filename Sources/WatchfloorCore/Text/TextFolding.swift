internal import Foundation

/// Folding of names for matching: case, diacritics, apostrophes and punctuation do not count.
public enum TextFolding {
  /// "Ménaka" → "menaka", "Amalaou-laou" → "amalaou laou", "N'Tillit" → "ntillit".
  public static func key(_ text: some StringProtocol) -> String {
    asciiKey(text) ?? scalarKey(text) ?? foldedKey(text)
  }

  /// Foundation's case and diacritic folding of `text`, computed scalar by scalar from a table
  /// when every scalar stands alone (``Tokenizer/standsAlone(_:)``: Latin letters with
  /// precomposed accents, typographic punctuation), where folding a scalar does not depend on
  /// its neighbours; nil for other text.
  static func foldedScalars(_ text: some StringProtocol) -> String.UnicodeScalarView? {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        guard value != 0x0D else { return nil }
        out.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value | 0x20)! : scalar)
      } else if let folded = scalarFolds[value] {
        out.append(contentsOf: folded)
      } else {
        return nil
      }
    }
    return out
  }

  /// Foundation's folding of each non-ASCII scalar that stands alone, computed once.
  private static let scalarFolds: [UInt32: [Unicode.Scalar]] = {
    var table: [UInt32: [Unicode.Scalar]] = [:]
    for range in [0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20AC...0x20AC] as [ClosedRange<UInt32>] {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let folded = String(Character(scalar)).folding(
          options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        table[value] = Array(folded.unicodeScalars)
      }
    }
    return table
  }()

  /// ``key(_:)`` computed scalar by scalar, or nil when the text needs Foundation: the same as
  /// folding with ``foldedScalars(_:)`` and keying the result, with each table scalar's folded
  /// and classified form looked up once (``scalarKeyParts``) instead of building the folded
  /// text and asking Unicode properties of every scalar.
  static func scalarKey(_ text: some StringProtocol) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 8)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        switch value {
        case 0x0D: return nil
        case 0x27, 0x60: continue  // ' and `
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
          if pendingSpace, !out.isEmpty { out.append(0x20) }
          pendingSpace = false
          out.append(UInt8(value) | (value >= 0x41 ? 0x20 : 0))
        default:
          pendingSpace = true
        }
        continue
      }
      guard Int(value) < scalarKeyParts.count, let parts = scalarKeyParts[Int(value)] else { return nil }
      for part in parts {
        switch part {
        case .skipped: continue
        case .separator: pendingSpace = true
        case .kept(let bytes):
          if pendingSpace, !out.isEmpty { out.append(0x20) }
          pendingSpace = false
          out.append(contentsOf: bytes)
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// What one scalar of a folded text contributes to a key.
  enum KeyPart: Sendable {
    /// An apostrophe: dropped.
    case skipped
    /// Neither a letter nor a digit: a word break.
    case separator
    /// A letter or digit: its UTF-8 bytes.
    case kept([UInt8])
  }

  /// For each scalar value of the ``scalarFolds`` table (indexed by value; nil outside it): its
  /// folded scalars classified as ``keyOfFolded(_:)`` classifies them.
  private static let scalarKeyParts: [[KeyPart]?] = {
    var table = [[KeyPart]?](repeating: nil, count: 0x20AD)
    for (value, folded) in scalarFolds {
      table[Int(value)] = folded.map { scalar in
        if apostrophes.contains(scalar) { return .skipped }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
          return .kept(Array(String(scalar).utf8))
        }
        return .separator
      }
    }
    return table
  }()

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
    return keyOfFolded(folded.unicodeScalars)
  }

  /// Folded text to a key: apostrophes dropped, letters and digits kept, other runs one space.
  private static func keyOfFolded(_ folded: String.UnicodeScalarView) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in folded {
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

  static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "`", "ʼ", "‘"]
}
