import Testing

@testable import WatchfloorUI

@Suite struct HelpContentTests {
  /// No help line is wider than the box, so nothing is cut off at the right edge.
  @Test(arguments: [30, 60, 74, 76]) func everyLineFitsTheBoxAndTheLevelsNoteIsWhole(width: Int) {
    let lines = HelpContent.lines(width: width)
    for line in lines {
      let text = line.spans.map(\.text).joined()
      #expect(DisplayWidth.of(text) <= width, "\(text)")
    }
    let all = lines.map { $0.spans.map(\.text).joined() }.joined(separator: " ")
    #expect(all.contains("when nothing is known."))
  }
}
