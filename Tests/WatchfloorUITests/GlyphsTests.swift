import Testing

@testable import WatchfloorUI

@Suite struct GlyphsTests {
  @Test func sparklineScalesToTheLargestWeek() {
    #expect(Glyphs.unicode.sparkline([0, 1, 2, 4, 8]) == "▁▂▃▅█")
    #expect(Glyphs.unicode.sparkline([0, 0, 0]) == "▁▁▁")
    #expect(Glyphs.ascii.sparkline([0, 1, 2, 4, 8]) == "_.:=#")
    #expect(Glyphs.ascii.sparkline([3, 3]) == "##")
  }
}
