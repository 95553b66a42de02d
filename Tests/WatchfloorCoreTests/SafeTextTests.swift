import Testing
import WatchfloorCore

@Suite struct SafeTextTests {
  @Test func neutralisesEscapeSequences() {
    let hostile = "Gao\u{1B}]52;c;ZXZpbA==\u{07} attack\u{1B}[2J\u{9B}31m"
    let safe = SafeText.singleLine(hostile)
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(safe.hasPrefix("Gao\u{FFFD}]52"))
  }

  @Test func removesBidiAndZeroWidth() {
    #expect(SafeText.singleLine("Mé\u{202E}naka\u{200B}") == "Ménaka")
  }

  @Test func csvCellsCannotBeFormulas() {
    #expect(SafeText.csvCell("=HYPERLINK(1)") == "'=HYPERLINK(1)")
    #expect(SafeText.csvCell("a,b") == "\"a,b\"")
    #expect(SafeText.csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"")
  }
}
