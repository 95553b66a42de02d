/// Minimal JSON text writing with full escaping, for stable key order without `JSONEncoder`.
public enum JSONText {
  /// `text` as a JSON string literal: `"` and `\` escaped, every C0 control, DEL, C1 control
  /// and U+2028/U+2029 written as `\uXXXX` (or `\n`, `\t`, …), so no raw control byte is output.
  /// Bidi controls and zero-width characters (U+061C, U+200B–U+200F, U+202A–U+202E,
  /// U+2060–U+2069, U+FEFF) are escaped too, so a viewer cannot reorder or hide text.
  public static func string(_ text: some StringProtocol) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200B...0x200F, 0x202A...0x202E,
        0x2060...0x2069, 0xFEFF:
        let hex = String(scalar.value, radix: 16, uppercase: false)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
    return out
  }

  /// `text` as a JSON string, or `null`.
  public static func optionalString(_ text: String?) -> String { text.map(string) ?? "null" }

  /// `value` as a JSON number, or `null`.
  public static func optionalInt(_ value: Int?) -> String { value.map(String.init) ?? "null" }

  /// A JSON object from ordered key/value pairs whose values are already JSON text.
  public static func object(_ pairs: [(String, String)]) -> String {
    "{" + pairs.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }
}
