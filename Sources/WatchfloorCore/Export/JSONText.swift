/// Minimal JSON text writing with full escaping, for stable key order without `JSONEncoder`.
public enum JSONText {
  /// `text` as a JSON string literal: `"` and `\` escaped, every C0 control, DEL, C1 control
  /// and U+2028/U+2029 written as `\uXXXX` (or `\n`, `\t`, …), so no raw control byte is output.
  /// Bidi controls and zero-width characters (U+061C, U+200B–U+200F, U+202A–U+202E,
  /// U+2060–U+2069, U+FEFF) are escaped too, so a viewer cannot reorder or hide text.
  ///
  /// Writes UTF-8 bytes into one buffer and makes the string once at the end (appending scalar
  /// by scalar to a `String` cost ~400 instructions a scalar).
  public static func string(_ text: some StringProtocol) -> String {
    var out: [UInt8] = [0x22]
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, 0x6E]
      case 0x0D: out += [0x5C, 0x72]
      case 0x09: out += [0x5C, 0x74]
      case 0x08: out += [0x5C, 0x62]
      case 0x0C: out += [0x5C, 0x66]
      case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200B...0x200F, 0x202A...0x202E,
        0x2060...0x2069, 0xFEFF:
        out += [0x5C, 0x75]
        for shift in stride(from: 12, through: 0, by: -4) {
          out.append(hexDigits[Int((scalar.value >> UInt32(shift)) & 0xF)])
        }
      case 0x20..<0x80: out.append(UInt8(scalar.value))
      default: UTF8.encode(scalar) { out.append($0) }
      }
    }
    out.append(0x22)
    return String(decoding: out, as: UTF8.self)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// `text` as a JSON string, or `null`.
  public static func optionalString(_ text: String?) -> String { text.map(string) ?? "null" }

  /// `value` as a JSON number, or `null`.
  public static func optionalInt(_ value: Int?) -> String { value.map(String.init) ?? "null" }

  /// A JSON object from ordered key/value pairs whose values are already JSON text.
  public static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }
}
