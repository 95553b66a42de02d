import Testing

@testable import WatchfloorUI

@Suite struct DisplayWidthTests {
  @Test func accentedNamesTakeOneCellPerLetter() {
    #expect(DisplayWidth.of("Ménaka") == 6)
    #expect(DisplayWidth.of("Sévaré") == 6)
    #expect(DisplayWidth.of("Se\u{301}vare\u{301}") == 6)  // combining accents: zero width
    #expect(DisplayWidth.of("Dioïla") == 6)
  }

  @Test func combiningMarkAloneIsZeroWide() {
    #expect(DisplayWidth.of(Character("\u{301}")) == 0)
  }

  @Test func eastAsianAndEmojiAreTwoCellsWide() {
    #expect(DisplayWidth.of("贡达姆") == 6)
    #expect(DisplayWidth.of("한국") == 4)
    #expect(DisplayWidth.of("ｶ") == 1)  // halfwidth katakana
    #expect(DisplayWidth.of("🔥") == 2)
    #expect(DisplayWidth.of("⚠\u{FE0F}") == 2)
    #expect(DisplayWidth.of("a\u{1F468}\u{200D}\u{1F469}") == 3)
  }

  @Test func truncationCountsCellsAndNeverSplitsWideCharacters() {
    #expect(DisplayWidth.truncate("Anderamboukane", to: 8) == "Anderam…")
    #expect(DisplayWidth.truncate("Se\u{301}vare\u{301} road", to: 7) == "Se\u{301}vare\u{301}…")
    #expect(DisplayWidth.truncate("贡达姆贡", to: 6) == "贡达…")
    #expect(DisplayWidth.of(DisplayWidth.truncate("贡达姆贡", to: 6)) == 5)
    #expect(DisplayWidth.truncate("Gao", to: 3) == "Gao")
    #expect(DisplayWidth.truncate("Gao", to: 0) == "")
  }

  @Test func fitPadsToExactWidth() {
    for text in ["Ménaka", "Se\u{301}vare\u{301}", "贡达姆 Goundam", "x"] {
      for width in 1...12 {
        #expect(DisplayWidth.of(DisplayWidth.fit(text, to: width)) == width)
        #expect(DisplayWidth.of(DisplayWidth.fit(text, to: width, alignRight: true)) == width)
      }
    }
  }

  @Test func leadingTruncationKeepsTheEnd() {
    #expect(DisplayWidth.truncateLeading("/srv/corpus/reports", to: 8) == "…reports")
  }

  @Test func wrappingRespectsCells() {
    let lines = TextWrap.wrap("Ménaka Sévaré 贡达姆贡达姆 end", width: 7)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 })
    #expect(lines == ["Ménaka", "Sévaré", "贡达姆", "贡达姆", "end"])
  }
}
