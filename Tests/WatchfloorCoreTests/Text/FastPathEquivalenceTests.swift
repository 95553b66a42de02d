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
  static func randomText(_ generator: inout SplitMix64, length: Int, pieces: Pieces) -> String {
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
    var generator = SplitMix64(seed: 20_261_123)
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
    var generator = SplitMix64(seed: 7)
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

  static let sentencePieces: [String] = [
    "Gen", "the", "Mali", "A", "e.g", "U.S", "approx", "x", "12", "É", "é", "ß", "ǅ", "²", " ", " ", " ",
    ". ",
    ".", "! ", "? ", "\n", "\n\n", "\t", "”", "’", "'", ")", "]", "(", "\"", "“", "‘", "\u{A0}", "\u{2028}",
    "e\u{301}", "\r\n", "🙂",
  ]

  @Test func scalarSentenceSplitterMatchesCharacterWalk() {
    var generator = SplitMix64(seed: 42)
    var compared = 0
    for round in 0..<4_000 {
      // Every tenth text is a long run without full stops, to reach the length cut.
      let long = round % 10 == 0
      let pieces = Self.sentencePieces.filter { piece in
        (round % 2 == 0 || piece.unicodeScalars.allSatisfy { Tokenizer.standsAlone($0.value) })
          && (!long || !piece.contains(".") && !piece.contains("\n"))
      }
      var text = ""
      for _ in 0..<(long ? 700 : 1 + round % 60) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      let offset = round % 7
      let fast = ScalarSentenceSplitter(text)?.sentences(offset: offset, section: "S", firstParagraph: 2)
      guard let fast else { continue }
      compared += 1
      let slow = SentenceSplitter.characterSentences(
        in: text, offset: offset, section: "S", firstParagraph: 2)
      #expect(fast == slow, "text: \(text.debugDescription)")
      if fast != slow { return }
    }
    #expect(compared > 2_000)
  }

  /// Long runs of accented text without full stops: the length cut counts scalars while the
  /// splitter walks bytes, so runs of multi-byte scalars must be cut where the `Character` walk
  /// cuts them.
  @Test func longAccentedRunsAreCutWhereTheCharacterWalkCutsThem() {
    var generator = SplitMix64(seed: 20_261_208)
    let pieces = Self.sentencePieces.filter { piece in
      piece.unicodeScalars.allSatisfy { Tokenizer.standsAlone($0.value) } && !piece.contains(".")
        && !piece.contains("\n")
    }
    for round in 0..<60 {
      var text = ""
      for _ in 0..<(600 + round * 20) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let fast = ScalarSentenceSplitter(text)?.sentences(offset: 3, section: "S", firstParagraph: 0)
      let slow = SentenceSplitter.characterSentences(in: text, offset: 3, section: "S", firstParagraph: 0)
      #expect(fast == slow, "round \(round)")
      #expect(text.utf8.count > text.unicodeScalars.count, "the run holds multi-byte scalars")
      if fast != slow { return }
    }
    // A run of two-byte letters only, far past the length limit, with one space.
    let run = String(repeating: "é", count: 700) + " " + String(repeating: "É", count: 1_500)
    let cut = ScalarSentenceSplitter(run)?.sentences(offset: 0, section: "", firstParagraph: 0)
    #expect(cut == SentenceSplitter.characterSentences(in: run))
    #expect(cut?.count == 3)
  }

  @Test func fixtureSectionsSplitTheSameBothWays() {
    for bytes in HostileMutator.fixtureTexts() {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(SentenceSplitter.sentences(in: text) == SentenceSplitter.characterSentences(in: text))
    }
  }

  static func foundationFold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// Folding scalar by scalar equals Foundation's folding of the whole text: every table
  /// scalar next to every one of a mixed set of neighbours, both sides.
  @Test func scalarFoldingMatchesFoundationNextToNeighbours() {
    let table =
      (0xA0...0x2FF).map { $0 } + (0x2010...0x2027).map { $0 } + (0x2030...0x205E).map { $0 } + [0x20AC]
    let scalars = table.compactMap { Unicode.Scalar(UInt32($0)) }
    let neighbours: [Unicode.Scalar] =
      Array("aAzZ09 '’`-.ssSIiéÉßæÆøØıİĳŉǅǈǋǲſﬁ".unicodeScalars) + scalars.filter { $0.value % 37 == 0 }
    var mismatches: [String] = []
    for scalar in scalars {
      for neighbour in neighbours where neighbour.value != 0x0D {
        for text in [String(scalar) + String(neighbour), String(neighbour) + String(scalar)] {
          guard let fast = TextFolding.foldedScalars(text) else { continue }
          if String(fast) != Self.foundationFold(text) { mismatches.append(text) }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map(\.debugDescription))")
  }

  @Test func scalarKeysAndWordFoldsMatchFoundation() {
    var generator = SplitMix64(seed: 99)
    var compared = 0
    for round in 0..<3_000 {
      let text = Self.randomText(&generator, length: 1 + round % 25, pieces: .standAlone)
      if let fast = TextFolding.scalarKey(text) {
        compared += 1
        #expect(fast == TextFolding.foldedKey(text), "\(text.debugDescription)")
      }
      for token in Tokenizer.characterTokens(of: text) {
        let word = token.text
        let slow = String(
          Self.foundationFold(word).unicodeScalars.filter { !TextFolding.apostrophes.contains($0) })
        #expect(Tokenizer.fold(word) == slow, "\(word.debugDescription)")
      }
    }
    #expect(compared > 2_000)
    #expect(TextFolding.key("Ségou, Tombouctou’s “Ménaka”") == "segou tombouctous menaka")
  }
}

/// The scalar summary and the key-table phrase matching give what the general paths give.
@Suite struct FastSummaryAndPhraseTests {
  static let pieces: [String] = [
    "Gao", "killed", "é", "ï", "’", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{85}", "- ", "* ",
    "• ", "– ", "-", "•", ",", ".", "e\u{301}", "🙂", "“", "abcdefghij", "0123456789",
  ]

  @Test func scalarSummaryMatchesCharacterSummary() {
    var generator = SplitMix64(seed: 2_026)
    var compared = 0
    for round in 0..<4_000 {
      let chosen = Self.pieces.filter { round % 2 == 0 || !["e\u{301}", "🙂"].contains($0) }
      var text = round % 3 == 0 ? "- " : ""
      for _ in 0..<(round % 5 == 0 ? 120 : 1 + round % 50) {
        text += chosen[Int(generator.next() % UInt64(chosen.count))]
      }
      guard let fast = FastSummary.summary(text) else { continue }
      compared += 1
      #expect(fast == IncidentExtractor.characterSummary(text), "\(text.debugDescription)")
    }
    #expect(compared > 600)
    #expect(FastSummary.summary("Me\u{301}naka") == nil)
  }

  @Test func tokensCarryTheKeyOfTheirFoldedWord() {
    let text = "On 3 May, JNIM fighters attacked Ségou’s N'Tillit & Gao; 1,200 fled."
    for token in Tokenizer.tokens(of: text) + Tokenizer.tokens(of: "Plain ASCII words, 12 of them") {
      #expect(token.wordKey == TextToken.wordKey(of: token.folded))
    }
    var stem = Tokenizer.tokens(of: "Kidals")[0]
    stem.folded = "kidal"
    #expect(stem.wordKey == TextToken.wordKey(of: "kidal"))
    #expect(TextToken.wordKey(of: "ségou") == 0)
  }

  @Test func phraseIndexMatchesWithASCIIAndNonASCIINames() {
    var ascii = PhraseIndex<Int>()
    ascii.add("Gao", 1)
    ascii.add("Gao Region", 2)
    ascii.add("Ansongo Menaka road", 3)
    var mixed = ascii
    mixed.add("Segou Москва", 4)
    let tokens = Tokenizer.tokens(of: "From Gao region to the Ansongo-Ménaka road and Segou МОСКВА, Gao.")
    #expect(ascii.matches(in: tokens).map(\.values) == [[2], [3], [1]])
    #expect(ascii.matches(in: tokens).map(\.range) == [1..<3, 5..<8, 11..<12])
    #expect(mixed.matches(in: tokens).map(\.values) == [[2], [3], [4], [1]])
    #expect(mixed.match(Tokenizer.tokens(of: "segou москва"), at: 0)?.values == [4])
    #expect(ascii.match(Tokenizer.tokens(of: "Tokyo"), at: 0) == nil)
  }
}
