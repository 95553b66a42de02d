/// Where an overlay box goes: centred, at most 76 cells wide, leaving the header visible.
enum OverlayGeometry {
  static func rect(width: Int, height: Int, lineCount: Int) -> Rect {
    let boxWidth = min(width - 4, 78)
    let boxHeight = min(height - 4, lineCount + 2)
    return Rect(
      row: max(2, (height - boxHeight) / 2), column: (width - boxWidth) / 2, width: boxWidth,
      height: boxHeight)
  }

  /// Text width inside the box (one cell margin each side).
  static func textWidth(_ screenWidth: Int) -> Int { max(1, min(screenWidth - 4, 78) - 4) }

  /// Text rows inside the box.
  static func textRows(_ screenHeight: Int, lineCount: Int) -> Int {
    max(1, min(screenHeight - 4, lineCount + 2) - 2)
  }
}
