import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// ``JSONText/string(_:)`` writes bytes; it must give exactly the text of the scalar-by-scalar
/// `String` writer it replaced (`ReferenceJSONText`): every scalar of the escaped ranges and
/// around them, and seeded random texts over quotes, controls, bidi marks, accents and emoji.
@Suite struct JSONTextTests {
  static let alphabet: [String] = [
    "a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}",
    "\u{9F}", "\u{A0}", "é", "“", "”", "—", "\u{61C}", "\u{200B}", "\u{200F}", "\u{2028}", "\u{202E}",
    "\u{2066}", "\u{FEFF}", "\u{301}", "🙂", "中", "\r\n",
  ]

  @Test func everyScalarUpToU3000IsWrittenAsBefore() {
    for value in Array(0...0x3000) + [0xFEFE, 0xFEFF, 0xFFFD, 0x1F642, 0x10FFFF] {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let text = "x\(scalar)y"
      #expect(JSONText.string(text) == ReferenceJSONText.string(text), "U+\(String(value, radix: 16))")
    }
  }

  @Test func randomTextsAreWrittenAsBefore() {
    var generator = SplitMix64(seed: 2_026)
    for round in 0..<3_000 {
      var text = ""
      for _ in 0..<(round % 30) { text += Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }
      #expect(JSONText.string(text) == ReferenceJSONText.string(text), "\(text.debugDescription)")
      #expect(JSONText.string(text[...]) == ReferenceJSONText.string(text[...]))
    }
  }
}

/// The scalar-by-scalar writer ``JSONText/string(_:)`` used before it wrote bytes, the oracle.
enum ReferenceJSONText {
  static func string(_ text: some StringProtocol) -> String {
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
}
