import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// The renderer's fast text paths draw exactly what the plain grapheme-by-grapheme drawing
/// (``ReferenceDrawing``) draws, on random and hostile text.
@Suite struct FastDrawingTests {
  /// Pieces of text that exercise every path: ASCII, accented Latin, soft hyphen, combining
  /// marks, wide and emoji characters, controls, zero-width and bidi characters, a Prepend
  /// character, drawing glyphs and the ellipses themselves.
  static let pieces: [String] = [
    "a", "Gao", " ", "  ", "x", "-", "12", "Ménaka", "Sévaré", "é", "e\u{301}", "\u{AD}", "ß", "Ÿ", "ʼ",
    "…", "~", "·", "—", "’", "«", "»", "\u{A0}", "→", "▁", "█", "─", "▸", "贡", "中文", "😀", "❤️", "👍🏽",
    "\u{1B}[2J", "\t", "\n", "\r\n", "\u{7F}", "\u{85}", "\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}",
    "\u{FEFF}", "\u{61C}", "\u{600}", "\u{2028}", "\u{FE0F}", "\u{301}", "\u{25FD}", "\u{20DD}",
  ]

  static func randomText(_ rng: inout SplitMix64) -> String {
    (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
  }

  /// A grid with a few wide characters already on it, so the clearing of wide halves is used.
  static func startGrid(_ rng: inout SplitMix64) -> ScreenGrid {
    var grid = ScreenGrid(width: 24, height: 2)
    for _ in 0..<4 {
      ReferenceDrawing.write(
        "贡", row: Int.random(in: 0...1, using: &rng), column: Int.random(in: 0...22, using: &rng),
        style: CellStyle(bold: true), grid: &grid)
    }
    return grid
  }

  @Test func simpleTextScalarsAreSafeSingleCellGraphemes() {
    var scalars: [Unicode.Scalar] = []
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value), let cells = SimpleText.cells(value) else { continue }
      scalars.append(scalar)
      let text = String(Character(scalar))
      #expect(DisplayWidth.of(Character(scalar)) == cells, "width of U+\(String(value, radix: 16))")
      #expect(SafeText.singleLine(text) == text, "U+\(String(value, radix: 16)) is changed by SafeText")
    }
    // Each scalar stays a grapheme of its own next to any other, and next to the ellipses.
    var forward = String.UnicodeScalarView()
    forward.append(contentsOf: scalars)
    #expect(String(forward).count == scalars.count)
    var backward = String.UnicodeScalarView()
    backward.append(contentsOf: scalars.reversed())
    #expect(String(backward).count == scalars.count)
    var mixed = String.UnicodeScalarView()
    for scalar in scalars { mixed.append(contentsOf: [scalar, "…", " ", "~"]) }
    #expect(String(mixed).count == scalars.count * 4)
  }

  @Test func widthsEqualTheReference() {
    var rng = SplitMix64(seed: 11)
    for _ in 0..<3_000 {
      let text = Self.randomText(&rng)
      #expect(DisplayWidth.of(text) == ReferenceDrawing.width(text), "\(text.unicodeScalars.map(\.value))")
      let width = Int.random(in: -1...20, using: &rng)
      #expect(DisplayWidth.fits(text, in: width) == (ReferenceDrawing.width(text) <= width))
      #expect(
        DisplayWidth.truncate(text, to: width, ellipsis: "…")
          == ReferenceDrawing.truncate(text, to: width, ellipsis: "…"))
    }
  }

  @Test func safeTextBridgeEqualsSafeText() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value),
        value < 0x3000 || (0xFE00...0xFFFF).contains(value) || value % 97 == 0
      else { continue }
      let text = "a" + String(Character(scalar)) + "é"
      #expect(SafeTextBridge.line(text) == SafeText.singleLine(text), "U+\(String(value, radix: 16))")
    }
    var rng = SplitMix64(seed: 12)
    for _ in 0..<3_000 {
      let text = Self.randomText(&rng)
      #expect(SafeTextBridge.line(text) == SafeText.singleLine(text))
    }
  }

  @Test(arguments: [1, 2, 3, 4]) func writeEqualsTheReference(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    for _ in 0..<1_500 {
      let text = Self.randomText(&rng)
      let start = Self.startGrid(&rng)
      let row = Int.random(in: -1...2, using: &rng)
      let column = Int.random(in: -6...25, using: &rng)
      let maxWidth: Int? = Bool.random(using: &rng) ? nil : Int.random(in: -1...26, using: &rng)
      var fast = start
      var reference = start
      let style = CellStyle(foreground: .red)
      let written = fast.write(text, row: row, column: column, maxWidth: maxWidth, style: style)
      let expected = ReferenceDrawing.write(
        text, row: row, column: column, maxWidth: maxWidth, style: style, grid: &reference)
      #expect(written == expected)
      #expect(
        fast == reference,
        "write \(text.unicodeScalars.map(\.value)) at \(row),\(column) max \(maxWidth ?? -99)")
    }
  }

  @Test(arguments: [1, 2, 3, 4]) func fittedCellsEqualTheReference(seed: UInt64) {
    var rng = SplitMix64(seed: seed + 100)
    for _ in 0..<1_500 {
      let text = Self.randomText(&rng)
      let start = Self.startGrid(&rng)
      let row = Int.random(in: 0...1, using: &rng)
      let column = Int.random(in: 0...23, using: &rng)
      let room = Int.random(in: 0...26, using: &rng)
      let alignRight = Bool.random(using: &rng)
      let ellipsis = Bool.random(using: &rng) ? "…" : "~"
      var fast = start
      var reference = start
      fast.writeFitted(
        text, row: row, column: column, room: room, alignRight: alignRight, ellipsis: ellipsis,
        style: CellStyle(underline: true))
      ReferenceDrawing.writeFitted(
        text, row: row, column: column, room: room, alignRight: alignRight, ellipsis: ellipsis,
        style: CellStyle(underline: true), grid: &reference)
      #expect(
        fast == reference,
        "fit \(text.unicodeScalars.map(\.value)) at \(row),\(column) room \(room) right \(alignRight)")
    }
  }

  @Test func renderingIntoAReusedGridEqualsAFreshRender() {
    var state = DashboardGoldens.sampleState()
    var grid = ScreenGrid(width: 0, height: 0)
    var previous = grid
    for (width, height, keys) in [
      (200, 60, [Key]()), (200, 60, [.down, .down]), (80, 24, [.enter]),
      (80, 24, [.escape, .character("/")]),
      (120, 40, "gao".map { Key.character($0) }), (120, 40, [.enter, .character("?")]), (50, 12, []),
    ] {
      state.setScreenSize(width: width, height: height)
      for key in keys { _ = state.handle(key) }
      Renderer.render(state, width: width, height: height, into: &grid)
      #expect(grid == Renderer.render(state, width: width, height: height))
      swap(&grid, &previous)
    }
  }
}
