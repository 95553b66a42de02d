import WatchfloorCore

@testable import WatchfloorUI

/// The text drawing of the renderer as it was before the fast paths (SimpleText, writeFitted,
/// SafeTextBridge's scan, the early exit of `fits`): grapheme by grapheme, every string built.
/// The fast paths must draw exactly what this draws.
enum ReferenceDrawing {
  static func width(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + DisplayWidth.of($1) }
  }

  static func truncate(_ text: some StringProtocol, to width: Int, ellipsis: String) -> String {
    guard width > 0 else { return "" }
    if self.width(text) <= width { return String(text) }
    let room = width - self.width(ellipsis)
    guard room >= 0 else { return "" }
    var out = ""
    var used = 0
    for character in text {
      let w = DisplayWidth.of(character)
      if used + w > room { break }
      out.append(character)
      used += w
    }
    return out + ellipsis
  }

  static func fit(_ text: some StringProtocol, to width: Int, alignRight: Bool, ellipsis: String) -> String {
    let cut = truncate(text, to: width, ellipsis: ellipsis)
    let padding = String(repeating: " ", count: max(0, width - self.width(cut)))
    return alignRight ? padding + cut : cut + padding
  }

  /// `ScreenGrid.write` without its fast paths.
  @discardableResult
  static func write(
    _ text: some StringProtocol, row: Int, column: Int, maxWidth: Int? = nil, style: CellStyle = .plain,
    grid: inout ScreenGrid
  ) -> Int {
    guard row >= 0, row < grid.height, column < grid.width else { return 0 }
    let limit = min(grid.width, column + max(0, maxWidth ?? grid.width))
    var col = column
    for character in SafeText.singleLine(text) {
      if col >= limit { break }
      let w = DisplayWidth.of(character)
      if w == 0 { continue }
      if col < 0 {
        col += w
        continue
      }
      if col + w > limit {
        grid[row, col] = Cell(" ", style: style)
        col += 1
        break
      }
      clearWide(row: row, column: col, grid: &grid)
      grid[row, col] = Cell(String(character), style: style)
      if w == 2 {
        clearWide(row: row, column: col + 1, grid: &grid)
        grid[row, col + 1] = Cell("", style: style, isContinuation: true)
      }
      col += w
    }
    return max(0, col - column)
  }

  /// A table cell as `drawTableRow` drew it.
  static func writeFitted(
    _ text: String, row: Int, column: Int, room: Int, alignRight: Bool, ellipsis: String, style: CellStyle,
    grid: inout ScreenGrid
  ) {
    let fitted = fit(SafeText.singleLine(text), to: room, alignRight: alignRight, ellipsis: ellipsis)
    write(fitted, row: row, column: column, maxWidth: room, style: style, grid: &grid)
  }

  private static func clearWide(row: Int, column: Int, grid: inout ScreenGrid) {
    guard column >= 0, column < grid.width else { return }
    if grid[row, column].isContinuation, column > 0 {
      grid[row, column - 1] = Cell(" ", style: grid[row, column - 1].style)
    } else if column + 1 < grid.width, grid[row, column + 1].isContinuation {
      grid[row, column + 1] = Cell(" ", style: grid[row, column + 1].style)
    }
  }
}
