import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// ``ReportParser/firstSentence(_:)`` looks for `. ` in bytes; it must cut exactly where the
/// `Character` search it replaced cut (`referenceFirstSentence`): seeded random texts of dots,
/// spaces, capitals, combining marks, prepend marks and `\r\n`, cut out of longer strings.
@Suite struct TitleSentenceTests {
  static let pieces: [String] = [
    ".", " ", ". ", "A", "a", "É", "é", "\u{301}", ".\u{301}", " \u{301}", "\u{600}", "\r\n", "1", "ж", "Ж",
    "🙂", "\u{200D}",
  ]

  static func referenceFirstSentence(_ text: Substring) -> Substring? {
    var index = text.startIndex
    while let dot = text[index...].firstIndex(of: ".") {
      let next = text.index(after: dot)
      if next < text.endIndex, text[next] == " " {
        let after = text.index(after: next)
        if after < text.endIndex, text[after].isUppercase { return text[...dot] }
      }
      index = next
    }
    return nil
  }

  @Test func randomTextsAreCutWhereTheCharacterSearchCut() {
    var generator = SplitMix64(seed: 515)
    var found = 0
    for round in 0..<6_000 {
      var text = ""
      for _ in 0..<(1 + round % 30) { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
      let whole = "xx" + text + "yy"
      let slice = whole.dropFirst(2).dropLast(2)
      let fast = ReportParser.firstSentence(slice)
      let slow = Self.referenceFirstSentence(slice)
      #expect(fast.map(String.init) == slow.map(String.init), "\(text.debugDescription)")
      #expect(fast?.endIndex == slow?.endIndex)
      found += slow == nil ? 0 : 1
    }
    #expect(found > 500)
  }
}
