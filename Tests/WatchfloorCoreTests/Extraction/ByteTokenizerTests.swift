import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// ``ByteTokenizer`` cuts a native string from its UTF-8 bytes; ``ScalarTokenizer`` (decoded
/// scalars) and the `Character` walk are its oracles.
@Suite struct ByteTokenizerTests {
  /// The scalar tokenizer over `text`, as the tokenizer ran it before the byte walk.
  static func scalarOracle(_ text: String) -> [TextToken]? {
    guard let (scalars, offsets) = PlainASCII.standAloneScalars(of: text) else { return nil }
    return ScalarTokenizer(text: text, scalars: scalars, offsets: offsets).tokens()
  }

  static func byteTokens(_ text: String) -> [TextToken]? {
    switch ByteTokenizer.tokens(of: text) {
    case .tokens(let tokens): tokens
    case .needsCharacterWalk, nil: nil
    }
  }

  @Test func matchesScalarTokenizerOnRandomText() {
    var generator = SplitMix64(seed: 20_261_207)
    var compared = 0
    for round in 0..<8_000 {
      let pieces: [FastPathEquivalenceTests.Pieces] = [.ascii, .standAlone, .standAlone, .all]
      let text = FastPathEquivalenceTests.randomText(
        &generator, length: 1 + round % 48, pieces: pieces[round % 4])
      let fast = Self.byteTokens(text)
      let oracle = Self.scalarOracle(text)
      #expect((fast == nil) == (oracle == nil), "text: \(text.debugDescription)")
      guard let fast, let oracle else { continue }
      compared += 1
      #expect(fast == oracle, "text: \(text.debugDescription)")
      #expect(fast.map(\.wordKey) == oracle.map(\.wordKey), "text: \(text.debugDescription)")
      if fast != oracle { return }
    }
    #expect(compared > 4_000)
  }

  @Test func hostileNeighbours() {
    let texts = [
      "é", "'é", "é'", "a'é", "aʼb", "a’é", "a’s", "a’sé", "Mali’s", "Mali's", "x's", "é’s", "1,200",
      "1,2é0", "١,٢٣٤", "1,٢٣٤", "12,3456", "ab,123", "&é", "é&", "&", "’", "Ségou’s 1,200 “displaced”",
      "ÉCOLE Ménaka-Gao", "½ ² ª ǅungla", "— …€©", "\u{A0}x\u{A0}", "x\u{2019}\u{2019}y", "e\u{301}",
      "a\r\nb", "🙂", "中文", "a`b", "a`s", "é`s x", "99999999999999999999", "٣٣٣٣",
    ]
    for text in texts {
      let fast = Self.byteTokens(text)
      #expect(fast == Self.scalarOracle(text), "\(text.debugDescription)")
      if let fast { #expect(fast == Tokenizer.characterTokens(of: text), "\(text.debugDescription)") }
    }
  }

  /// A neighbour is kept as its scalar; a neighbouring character of several scalars (a hyphen
  /// with a combining mark, `\r\n`) is ``TextToken/composite``, so it equals no plain "-" or
  /// "\n" the extractors compare with, as the `Character` it stands for did not.
  @Test func neighboursAreScalarsAndCompositesEqualNoLiteral() throws {
    let plain = Tokenizer.tokens(of: "Gao-Ansongo (Mali)")
    #expect(plain.map(\.following) == ["-", " ", ")"])
    #expect(plain.map(\.preceding) == [nil, "-", "("])
    let marked = Tokenizer.tokens(of: "Gao-\u{301}Ansongo\r\nKidal")
    #expect(marked.map(\.text) == ["Gao", "Ansongo", "Kidal"])
    let first = try #require(marked.first)
    #expect(first.following == TextToken.composite)
    #expect(first.following != "-")
    #expect(marked[1].preceding == TextToken.composite)
    #expect(marked[1].following == TextToken.composite)
    #expect(marked[1].following != "\r" && marked[1].following != "\n")
  }

  /// The table fold is used only for words with a non-ASCII scalar (an all-ASCII word keeps
  /// its apostrophes in ``Tokenizer/fold(_:)``, but no word holds one).
  @Test func tableFoldMatchesTokenizerFold() {
    var scalars: [Unicode.Scalar] = []
    // Words with a non-ASCII scalar (the only ones the table folds), ASCII letters around it.
    for value in UInt32(0x80)..<0x2100 where Tokenizer.standsAlone(value) {
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    for scalar in scalars {
      let word = "A" + String(Character(scalar)) + "z"
      #expect(StandAloneFolds.shared.fold(word) == Tokenizer.fold(word), "\(word.debugDescription)")
    }
    var generator = SplitMix64(seed: 42)
    for round in 0..<3_000 {
      var word = "Ab"
      for _ in 0..<(1 + round % 12) {
        word.unicodeScalars.append(scalars[Int(generator.next() % UInt64(scalars.count))])
        if generator.next() % 3 == 0 { word += "xY1" }
      }
      let folded = StandAloneFolds.shared.fold(word)
      #expect(folded == Tokenizer.fold(word), "\(word.debugDescription)")
      #expect(Array(folded.utf8) == Array(Tokenizer.fold(word).utf8), "\(word.debugDescription)")
    }
  }
}
