import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The byte and scalar walks of ``QuoteMarkCount`` must flag exactly the sentences the
/// `Character` walk flagged (`ReferenceQuotedSpeech`, a copy of the code they replaced): seeded
/// random paragraphs over an alphabet of marks, letters, digits, combining marks and joiners,
/// every single scalar of the fast paths, and every fixture paragraph.
@Suite struct QuoteMarkCountTests {
  static let alphabet: [String] = [
    "a", "Z", "7", " ", ".", ",", "\"", "“", "”", "«", "»", "'", "’", "é", "É", "ß", "²", "½", "\u{301}",
    "“\u{301}", "\"\u{308}", "»\u{200D}", "e\u{301}", "\r\n", "\r", "\n", "\u{200D}", "🙂", "٣", "ж", "中",
    "\u{A0}", "—",
  ]

  static func sentences(_ generator: inout SplitMix64, count: Int) -> [Sentence] {
    var paragraph = 0
    return (0..<count).map { _ in
      if generator.next() % 3 == 0 { paragraph += 1 }
      var text = ""
      for _ in 0..<Int(generator.next() % 24) {
        text += alphabet[Int(generator.next() % UInt64(alphabet.count))]
      }
      return Sentence(text: text, span: 0..<0, section: "", paragraph: paragraph)
    }
  }

  @Test func randomParagraphsAreFlaggedAsByTheCharacterWalk() {
    var generator = SplitMix64(seed: 20_261_207)
    for round in 0..<4_000 {
      let sentences = Self.sentences(&generator, count: 1 + round % 9)
      let fast = QuotedSpeech.flags(sentences)
      let slow = ReferenceQuotedSpeech.flags(sentences)
      #expect(fast == slow, "\(sentences.map(\.text))")
      if fast != slow { return }
    }
  }

  @Test func everyScalarOfTheFastPathsCountsAsInTheCharacterWalk() {
    let values = Array(0..<0x300) + Array(0x2010...0x205E) + [0x20AC]
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      for text in ["\(scalar)", "a\(scalar)", "\"\(scalar)x", "“\(scalar)\(scalar)”"] {
        let sentence = [Sentence(text: text, span: 0..<0, section: "", paragraph: 0)]
        var openFast = false
        var openSlow = false
        let fast = QuoteMarkCount.count(text, open: &openFast)
        let slow = ReferenceQuotedSpeech.count(text, open: &openSlow)
        #expect(
          fast == slow && openFast == openSlow, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
        #expect(QuotedSpeech.flags(sentence) == ReferenceQuotedSpeech.flags(sentence))
      }
    }
  }

  @Test func fixtureParagraphsAreFlaggedAsByTheCharacterWalk() {
    for bytes in HostileMutator.fixtureTexts() {
      let text = String(decoding: bytes, as: UTF8.self)
      var sentences: [Sentence] = []
      for (index, paragraph) in text.split(separator: "\n\n").enumerated() {
        for line in paragraph.split(separator: ".") {
          sentences.append(Sentence(text: String(line), span: 0..<0, section: "", paragraph: index))
        }
      }
      #expect(QuotedSpeech.flags(sentences) == ReferenceQuotedSpeech.flags(sentences))
    }
  }
}

/// The `Character` walk that ``QuotedSpeech`` used before ``QuoteMarkCount``, kept as the oracle.
enum ReferenceQuotedSpeech {
  static func count(_ text: String, open: inout Bool) -> QuoteMarkCount {
    var result = QuoteMarkCount()
    for character in text {
      switch character {
      case "“", "«":
        open = true
      case "”", "»":
        if !open { result.closesUnopened = true }
        open = false
      case "\"":
        open.toggle()
      default:
        guard character.isLetter || character.isNumber else { continue }
        result.letters += 1
        if open { result.inside += 1 }
      }
    }
    return result
  }

  static func flags(_ sentences: [Sentence]) -> [Bool] {
    var result = [Bool](repeating: false, count: sentences.count)
    var open = false
    var paragraphStart = 0
    for (index, sentence) in sentences.enumerated() {
      if index > 0, sentence.paragraph != sentences[index - 1].paragraph {
        open = false
        paragraphStart = index
      }
      let count = count(sentence.text, open: &open)
      if count.letters > 0, count.inside * 2 >= count.letters { result[index] = true }
      if count.closesUnopened {
        for earlier in paragraphStart...index { result[earlier] = true }
      }
    }
    return result
  }
}
