import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The per-sentence analysis shortcuts against the code they replaced.
@Suite struct AnalysisFastPathTests {
  /// The day-number reading of a word before the byte version (`"21st"` → 21).
  static func oldDayNumber(_ text: String) -> Int? {
    guard text.count >= 3, text.count <= 4 else { return nil }
    let suffix = text.suffix(2)
    guard ["st", "nd", "rd", "th", "er"].contains(String(suffix)) else { return nil }
    return Int(text.dropLast(2))
  }

  /// Every word of up to five letters and digits (all a folded ASCII token can hold).
  @Test func asciiDayNumberMatchesTheStringVersion() {
    let alphabet = ["0", "1", "2", "9", "s", "t", "n", "d", "r", "h", "e", "a", "Z"]
    var words = [""]
    for _ in 0..<5 {
      words = words + words.flatMap { word in alphabet.map { word + $0 } }.filter { $0.count <= 5 }
    }
    for word in Set(words) {
      #expect(DateExtractor.asciiDayNumber(word) == Self.oldDayNumber(word), "\(word)")
    }
  }

  @Test func numberPairsMatchJoinedLookup() {
    let words =
      Array(NumberWords.table.keys.flatMap { $0.split(separator: " ").map(String.init) }) + [
        "a", "an", "number", "of", "people", "",
      ]
    for first in words {
      for second in words {
        #expect(NumberWords.value(of: first, second) == NumberWords.value(of: first + " " + second))
      }
    }
  }

  @Test func firstMatchIsTheFirstOfAllMatches() {
    var index = PhraseIndex<Int>()
    for (k, name) in ["gao", "gao region", "in gao", "since", "a b c", "b", "ménaka"].enumerated() {
      index.add(name, k)
    }
    var generator = SplitMix64(seed: 11)
    let words = ["gao", "region", "in", "since", "a", "b", "c", "x", "Ménaka", "GAO"]
    for round in 0..<2_000 {
      let text = (0..<(round % 9)).map { _ in words[Int(generator.next() % UInt64(words.count))] }
        .joined(separator: " ")
      let tokens = Tokenizer.tokens(of: text)
      let first = index.firstMatch(in: tokens)
      let all = index.matches(in: tokens).first
      #expect(first?.range == all?.range, "\(text)")
      #expect(first?.values == all?.values, "\(text)")
    }
  }
}
