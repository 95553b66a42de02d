import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// ``ResourceText/rows(_:header:)`` cuts lines and cells over bytes; it must give exactly the
/// rows of the `Character` split and Foundation trimming it replaced (`ReferenceResourceRows`):
/// every bundled table, seeded random texts over an alphabet of newlines, tabs, white space,
/// `#`, combining marks and accents, and every scalar of the Basic Multilingual Plane as a cell.
@Suite struct ResourceTextRowsTests {
  static let alphabet: [String] = [
    "a", "Z", "é", "#", "\t", " ", "  ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}",
    "\u{2029}", "\u{A0}", "\u{1680}", "\u{2003}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}",
    "\u{3000}", "\u{200C}", "\u{301}", "#\u{301}", "name", "|", "ж", "🙂", "\u{FEFF}",
  ]

  @Test func bundledTablesGiveTheSameRows() {
    for name in [
      "gazetteer", "villages", "actors", "event_cues", "fatality_cues", "number_words",
      "region_hints", "regions", "advice-levels",
    ] {
      let text = ResourceText.load(name)
      #expect(!text.isEmpty, "\(name)")
      for header in ["name", "region"] {
        #expect(ResourceText.rows(text, header: header) == ReferenceResourceRows.rows(text, header: header))
      }
    }
  }

  @Test func randomTextsGiveTheSameRows() {
    var generator = SplitMix64(seed: 31_337)
    for round in 0..<5_000 {
      var text = ""
      for _ in 0..<(1 + round % 40) {
        text += Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))]
      }
      let fast = ResourceText.rows(text, header: "name")
      let slow = ReferenceResourceRows.rows(text, header: "name")
      #expect(fast == slow, "\(text.debugDescription)")
      if fast != slow { return }
    }
  }

  @Test func everyBasicPlaneScalarIsTrimmedAsFoundationTrims() {
    for value in 0x20...0xFFFF {
      guard let scalar = Unicode.Scalar(UInt32(value)), !Character(scalar).isNewline else { continue }
      let text = "\(scalar)x\(scalar)\t\(scalar)"
      #expect(
        ResourceText.rows(text, header: "name") == ReferenceResourceRows.rows(text, header: "name"),
        "U+\(String(value, radix: 16))")
    }
  }
}

/// The `Character` split and Foundation trimming that ``ResourceText/rows(_:header:)`` used
/// before it read bytes, kept as the oracle.
enum ReferenceResourceRows {
  static func rows(_ text: String, header: String) -> [[String]] {
    var rows: [[String]] = []
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard let first = cells.first, !first.isEmpty, first != header else { continue }
      rows.append(cells)
    }
    return rows
  }
}
