/// One cell of a table row: text fitted to a column width.
struct TableCell {
  var text: String
  var width: Int
  var alignRight = false
  var role: StyleRole = .normal
}

extension ScreenGrid {
  /// Draws table cells left to right with one space between them, each fitted to its width
  /// in display cells; `rowStyle` (e.g. selection) is laid over every cell of the row.
  mutating func drawTableRow(
    _ cells: [TableCell], row: Int, column: Int, width: Int, theme: Theme, ellipsis: String,
    rowStyle: CellStyle? = nil, bold: Bool = false
  ) {
    var style = rowStyle ?? .plain
    style.bold = style.bold || bold
    if style != .plain { fill(row: row, column: column, count: width, style: style) }
    var x = column
    let end = column + width
    for cell in cells where x < end {
      let room = min(cell.width, end - x)
      var cellStyle = theme.style(cell.role)
      if let rowStyle {
        cellStyle.reverse = cellStyle.reverse != rowStyle.reverse
        cellStyle.underline = cellStyle.underline || rowStyle.underline
      }
      cellStyle.bold = cellStyle.bold || bold
      writeFitted(
        cell.text, row: row, column: x, room: room, alignRight: cell.alignRight, ellipsis: ellipsis,
        style: cellStyle)
      x += room + 1
    }
  }
}
