/// Text attributes of a cell. Colour is never the only carrier of meaning.
public struct CellStyle: Hashable, Sendable {
  public var foreground: Color?
  public var background: Color?
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool
  public var dim: Bool

  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool = false, reverse: Bool = false,
    underline: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  public static let plain = CellStyle()
}

/// The eight basic terminal colours.
public enum Color: Int, Hashable, Sendable, CaseIterable {
  case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// One screen cell: a grapheme (display width 1 or 2) and its style.
/// A wide character occupies its cell and a following `continuation` cell.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: CellStyle
  /// True for the second half of a double-width character.
  public var isContinuation: Bool

  public init(_ text: String = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
    self.text = text
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}

/// A rectangle of cells: what the renderer produces and the terminal paints.
public struct ScreenGrid: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// Makes every cell blank again, keeping the storage (a frame rendered into a reused grid
  /// costs no allocation).
  public mutating func clearAll() {
    cells.withUnsafeMutableBufferPointer { $0.update(repeating: .blank) }
  }

  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * width + column] }
    set { cells[row * width + column] = newValue }
  }

  /// The grid as plain text, one line per row, trailing spaces trimmed.
  public var text: String {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width where !self[row, column].isContinuation {
        line += self[row, column].text
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }
}
