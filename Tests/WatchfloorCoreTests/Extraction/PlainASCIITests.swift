import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// ``PlainASCII``'s word-at-a-time test and byte decoder must agree with the generic walks they
/// replaced: every position and length around the eight-byte steps, and seeded random texts of
/// ASCII, `\r`, accents, joining marks and four-byte scalars.
@Suite struct PlainASCIITests {
  static let pieces: [String] = [
    "a", " ", "\r", "\n", "é", "“", "\u{301}", "€", "🙂", "中", "\u{7F}", "\u{2100}",
  ]

  static func reference(_ text: String) -> (scalars: [Unicode.Scalar], offsets: [Int])? {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      guard Tokenizer.standsAlone(scalar.value) else { return nil }
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    return (scalars, offsets + [offset])
  }

  @Test func oneOddByteIsFoundAtEveryPosition() {
    for length in 0..<40 {
      let plain = String(repeating: "x", count: length)
      #expect(PlainASCII.holds(for: plain))
      #expect(PlainASCII.scalars(of: plain) == plain.unicodeScalars.map { $0 })
      for position in 0..<length {
        for odd in ["\r", "é", "\u{80}"] {
          var characters = Array(plain).map(String.init)
          characters[position] = odd
          let text = characters.joined()
          #expect(!PlainASCII.holds(for: text), "\(text.debugDescription)")
        }
      }
    }
  }

  @Test func randomTextsDecodeAsTheScalarIterator() {
    var generator = SplitMix64(seed: 99)
    for round in 0..<4_000 {
      var text = ""
      for _ in 0..<(round % 50) { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
      #expect(PlainASCII.holds(for: text) == text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D })
      let fast = PlainASCII.standAloneScalars(of: text)
      let slow = Self.reference(text)
      #expect(fast?.scalars == slow?.scalars && fast?.offsets == slow?.offsets, "\(text.debugDescription)")
    }
  }
}
