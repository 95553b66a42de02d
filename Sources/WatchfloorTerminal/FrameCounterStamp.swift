import WatchfloorUI

/// Writes "#N" at the right end of the last row (left of the bottom-right cell), a debug aid
/// that lets end-to-end tests wait for exactly the next frame.
enum FrameCounterStamp {
  static func stamp(_ frame: Int, on grid: inout ScreenGrid) {
    let text = Array(" #\(frame)")
    let row = grid.height - 1
    let start = grid.width - 1 - text.count
    guard row >= 0, start >= 0 else { return }
    if grid[row, start].isContinuation, start > 0 { grid[row, start - 1] = .blank }
    for (offset, character) in text.enumerated() {
      grid[row, start + offset] = Cell(String(character), style: CellStyle(reverse: true))
    }
  }
}
