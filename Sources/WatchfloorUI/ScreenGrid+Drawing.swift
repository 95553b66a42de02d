import WatchfloorCore

extension ScreenGrid {
  /// Writes one line of text at a position, clipped to `maxWidth` cells and to the grid.
  ///
  /// The text is passed through ``SafeText/singleLine(_:)`` so no control character can enter
  /// the grid; zero-width characters at the start of a cell are dropped, wide characters that
  /// do not fit are replaced by a space. Returns the number of cells written.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, row: Int, column: Int, maxWidth: Int? = nil,
    style: CellStyle = .plain
  ) -> Int {
    guard row >= 0, row < height, column < width else { return 0 }
    let limit = min(width, column + max(0, maxWidth ?? width))
    if column >= 0, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return writePrintableASCII(text.utf8, row: row, column: column, limit: limit, style: style)
    }
    if column >= 0, SimpleText.width(text) != nil {
      return writeSimple(text, row: row, column: column, limit: limit, style: style)
    }
    var col = column
    let safe = SafeTextBridge.line(text)
    for character in safe {
      if col >= limit { break }
      let w = DisplayWidth.of(character)
      if w == 0 { continue }
      if col < 0 {
        col += w
        continue
      }
      if col + w > limit {
        self[row, col] = Cell(" ", style: style)
        col += 1
        break
      }
      clearWide(row: row, column: col)
      self[row, col] = Cell(String(character), style: style)
      if w == 2 {
        clearWide(row: row, column: col + 1)
        self[row, col + 1] = Cell("", style: style, isContinuation: true)
      }
      col += w
    }
    return max(0, col - column)
  }

  /// Fast path for text that is all printable ASCII: one cell per byte, nothing to sanitise.
  private mutating func writePrintableASCII(
    _ bytes: some Sequence<UInt8>, row: Int, column: Int, limit: Int, style: CellStyle
  ) -> Int {
    var col = column
    for byte in bytes {
      if col >= limit { break }
      clearWide(row: row, column: col)
      self[row, col] = Cell(ScreenGrid.asciiCellText[Int(byte)], style: style)
      col += 1
    }
    return col - column
  }

  /// Writes `text` fitted to exactly `room` cells, as
  /// `write(DisplayWidth.fit(SafeTextBridge.line(text), to: room, alignRight:, ellipsis:),
  /// row:, column:, maxWidth: room, style:)` does, cell for cell, but without building the
  /// fitted string when the text is ``SimpleText`` (most table cells, on every frame).
  mutating func writeFitted(
    _ text: some StringProtocol, row: Int, column: Int, room: Int, alignRight: Bool, ellipsis: String,
    style: CellStyle
  ) {
    guard room > 0, column >= 0, let textWidth = SimpleText.width(text) else {
      write(
        DisplayWidth.fit(SafeTextBridge.line(text), to: room, alignRight: alignRight, ellipsis: ellipsis),
        row: row, column: column, maxWidth: room, style: style)
      return
    }
    guard row >= 0, row < height, column < width else { return }
    let limit = min(width, column + room)
    let truncated = textWidth > room
    let shown = truncated ? room - DisplayWidth.of(ellipsis) : textWidth
    guard shown >= 0 else {
      fill(row: row, column: column, count: room, style: style)
      return
    }
    var col = column
    if alignRight && !truncated {
      fill(row: row, column: column, count: room - textWidth, style: style)
      col += room - textWidth
    }
    col += writeSimple(text, row: row, column: col, limit: min(limit, col + shown), style: style)
    if truncated {
      write(ellipsis, row: row, column: column + shown, maxWidth: limit - column - shown, style: style)
    } else if !alignRight {
      fill(row: row, column: col, count: room - textWidth, style: style)
    }
  }

  /// Writes ``SimpleText`` from `column` (not negative) up to `limit`: one cell per scalar,
  /// soft hyphens left out, as the general path of ``write(_:row:column:maxWidth:style:)``
  /// would. Returns the number of cells written.
  private mutating func writeSimple(
    _ text: some StringProtocol, row: Int, column: Int, limit: Int, style: CellStyle
  ) -> Int {
    var col = column
    for scalar in text.unicodeScalars where scalar.value != SimpleText.softHyphen {
      if col >= limit { break }
      clearWide(row: row, column: col)
      let value = Int(scalar.value)
      self[row, col] = Cell(
        value < 0x80 ? ScreenGrid.asciiCellText[value] : String(Character(scalar)), style: style)
      col += 1
    }
    return col - column
  }

  /// One-character strings for every ASCII byte, made once.
  private static let asciiCellText: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

  /// Fills `count` cells of a row with a one-cell string.
  public mutating func fill(
    row: Int, column: Int, count: Int, with text: String = " ", style: CellStyle = .plain
  ) {
    guard row >= 0, row < height else { return }
    let start = max(0, column)
    let end = min(width, column + count)
    guard start < end else { return }
    for col in start..<end {
      clearWide(row: row, column: col)
      self[row, col] = Cell(text, style: style)
    }
  }

  /// Clears a rectangle to blanks with a style.
  public mutating func clear(_ rect: Rect, style: CellStyle = .plain) {
    for row in rect.row..<(rect.row + rect.height) {
      fill(row: row, column: rect.column, count: rect.width, style: style)
    }
  }

  /// Changes the style of cells without changing their text.
  public mutating func restyle(row: Int, column: Int, count: Int, style: CellStyle) {
    guard row >= 0, row < height else { return }
    let start = max(0, column)
    let end = min(width, column + count)
    guard start < end else { return }
    for col in start..<end { self[row, col].style = style }
  }

  /// Draws a box border with a title in its top edge.
  public mutating func box(
    _ rect: Rect, title: String, glyphs: Glyphs, border: CellStyle, titleStyle: CellStyle
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let top = rect.row
    let bottom = rect.row + rect.height - 1
    let left = rect.column
    let right = rect.column + rect.width - 1
    fill(row: top, column: left + 1, count: rect.width - 2, with: glyphs.horizontal, style: border)
    fill(row: bottom, column: left + 1, count: rect.width - 2, with: glyphs.horizontal, style: border)
    for row in (top + 1)..<bottom {
      fill(row: row, column: left, count: 1, with: glyphs.vertical, style: border)
      fill(row: row, column: right, count: 1, with: glyphs.vertical, style: border)
    }
    fill(row: top, column: left, count: 1, with: glyphs.topLeft, style: border)
    fill(row: top, column: right, count: 1, with: glyphs.topRight, style: border)
    fill(row: bottom, column: left, count: 1, with: glyphs.bottomLeft, style: border)
    fill(row: bottom, column: right, count: 1, with: glyphs.bottomRight, style: border)
    if !title.isEmpty, rect.width > 6 {
      let shown = DisplayWidth.truncate(
        " " + SafeText.singleLine(title) + " ", to: rect.width - 4, ellipsis: glyphs.ellipsis)
      write(shown, row: top, column: left + 2, style: titleStyle)
    }
  }

  /// Before overwriting a cell, blanks the other half of a wide character it belongs to.
  private mutating func clearWide(row: Int, column: Int) {
    guard column >= 0, column < width else { return }
    let index = row * width + column
    if cells[index].isContinuation, column > 0 {
      self[row, column - 1] = Cell(" ", style: self[row, column - 1].style)
    } else if column + 1 < width, cells[index + 1].isContinuation {
      self[row, column + 1] = Cell(" ", style: self[row, column + 1].style)
    }
  }
}
