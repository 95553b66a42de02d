import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The fast paths of tokenizing and folding must give exactly what the general paths give:
/// seeded random texts over an alphabet chosen to hit every rule (apostrophes before and after
/// letters, possessives, thousands commas, `&`, accents precomposed and combining, `\r\n`,
/// non-Latin digits, emoji), plus every fixture sentence.
@Suite struct FastPathEquivalenceTests {
  static let alphabet: [String] = [
    "a", "b", "s", "S", "Z", "e", "x", "1", "2", "0", "9", " ", " ", ",", ".", "-", "(", ")", "&", "'",
    "’", "‘", "`", "ʼ", "é", "É", "ï", "ß", "ǅ", "ª", "²", "½", "\u{301}", "e\u{301}", "\r\n", "\r", "\n",
    "\t", "—", "“", "”", "…", "€", "©", "\u{200D}", "\u{00AD}", "🙂", "٣", "ж", "中", "\u{A0}",
  ]

  /// Which pieces of the alphabet a random text uses.
  enum Pieces { case ascii, standAlone, all }

  /// A deterministic text of `length` pieces of the alphabet.
  static func randomText(_ generator: inout SplitMix, length: Int, pieces: Pieces) -> String {
    let chosen = alphabet.filter { piece in
      switch pieces {
      case .ascii: piece.utf8.allSatisfy { $0 < 0x80 }
      case .standAlone: piece.unicodeScalars.allSatisfy { Tokenizer.standsAlone($0.value) }
      case .all: true
      }
    }
    var text = ""
    for _ in 0..<length { text += chosen[Int(generator.next() % UInt64(chosen.count))] }
    return text
  }

  @Test func scalarTokenizerMatchesCharacterWalk() {
    var generator = SplitMix(seed: 20_261_123)
    var compared = 0
    for round in 0..<6_000 {
      let pieces: [Pieces] = [.ascii, .standAlone, .all]
      let text = Self.randomText(&generator, length: 1 + round % 40, pieces: pieces[round % 3])
      guard let fast = Tokenizer.scalarTokens(of: text) else { continue }
      compared += 1
      let slow = Tokenizer.characterTokens(of: text)
      #expect(fast == slow, "text: \(text.debugDescription)")
      if fast != slow { return }
    }
    #expect(compared > 2_500)
  }

  @Test func scalarTokenizerDeclinesTextWithJoiningScalars() {
    #expect(Tokenizer.scalarTokens(of: "Me\u{301}naka") == nil)
    #expect(Tokenizer.scalarTokens(of: "line\r\nbreak") == nil)
    #expect(Tokenizer.scalarTokens(of: "Ménaka’s 1,200 “displaced”") != nil)
  }

  @Test func fixtureLinesTokenizeTheSameBothWays() {
    for bytes in HostileMutator.fixtureTexts() {
      let text = String(decoding: bytes, as: UTF8.self)
      for line in text.split(separator: "\n").map(String.init) {
        #expect(Tokenizer.tokens(of: line) == Tokenizer.characterTokens(of: line), "\(line)")
      }
    }
  }

  @Test func asciiFoldingMatchesFoundationFolding() {
    var generator = SplitMix(seed: 7)
    for round in 0..<3_000 {
      let text = Self.randomText(&generator, length: round % 30, pieces: .ascii)
      #expect(TextFolding.asciiKey(text) == TextFolding.foldedKey(text), "\(text.debugDescription)")
    }
    let everyASCII = String(decoding: Array(0..<128), as: UTF8.self)
    #expect(TextFolding.asciiKey(everyASCII) == TextFolding.foldedKey(everyASCII))
    #expect(TextFolding.asciiKey("Ménaka") == nil)
    #expect(TextFolding.key("Ménaka") == "menaka")
    #expect(TextFolding.key("N'Tillit, Gao-region") == "ntillit gao region")
  }
}
