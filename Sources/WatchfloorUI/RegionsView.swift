/// The regions table: one row per watched region and "Other", with level (as text and
/// colour), trend arrow, 12-week sparkline, 7- and 30-day counts and the last incident date.
enum RegionsView {
  static func draw(_ state: AppState, in rect: Rect, rows: Int, grid: inout ScreenGrid) {
    let theme = state.options.theme
    let glyphs = state.options.glyphs
    let focused = state.focus == .regions
    grid.box(
      rect, title: "Regions", glyphs: glyphs, border: theme.style(focused ? .focusedBorder : .border),
      titleStyle: theme.style(focused ? .focusedTitle : .title))
    let inner = rect.inner
    guard inner.width > 0, inner.height > 1 else { return }
    let panes = state.data.panes
    let nameWidth = min(14, max(6, panes.map { DisplayWidth.of($0.name) }.max() ?? 6))
    let columns = Columns(
      width: inner.width, nameWidth: nameWidth, hasWeekly: panes.contains { !$0.assessment.weekly.isEmpty })

    let headings = columns.cells(
      marker: "", name: "Region", level: "Level", trend: "", spark: "12 weeks", last7: "7d inc/dead",
      last30: "30d inc/dead", last: "Last", why: "Why")
    grid.drawTableRow(
      headings.map {
        var c = $0; c.role = .columnHeader; return c
      }, row: inner.row, column: inner.column,
      width: inner.width, theme: theme, ellipsis: glyphs.ellipsis)

    let selected = state.selectedPane ?? -1
    let scroll = AppState.scroll(0, keeping: max(0, selected), rows: rows, count: panes.count)
    for offset in 0..<min(rows, panes.count - scroll) {
      let index = scroll + offset
      let pane = panes[index]
      let a = pane.assessment
      let isSelected = index == selected
      let marker = (isSelected ? glyphs.pointer : " ") + (index < 9 ? String(index + 1) : " ")
      var cells = columns.cells(
        marker: marker, name: pane.name, level: AdvisoryContent.levelText(a.level),
        trend: a.trend?.arrow(unicode: glyphs.unicode) ?? " ",
        spark: a.weekly.isEmpty ? "" : glyphs.sparkline(Array(a.weekly.suffix(12))),
        last7: "\(a.incidents7) / \(a.deaths7)", last30: "\(a.incidents30) / \(a.deaths30)",
        last: a.lastIncident?.iso ?? "none",
        why: a.explanation.isEmpty ? (a.reasons.first ?? "") : a.explanation)
      for i in cells.indices {
        switch i {
        case 2: cells[i].role = .level(a.level)
        case 3, 4: cells[i].role = .trend
        default: if a.level == nil && i > 1 { cells[i].role = .dim }
        }
      }
      let rowStyle: CellStyle? = isSelected && focused ? theme.style(.selection) : nil
      grid.drawTableRow(
        cells, row: inner.row + 1 + offset, column: inner.column, width: inner.width, theme: theme,
        ellipsis: glyphs.ellipsis, rowStyle: rowStyle, bold: isSelected)
    }
  }

  /// Which columns fit, and their widths.
  struct Columns {
    var nameWidth: Int
    var showSpark: Bool
    var show7: Bool
    var showLast: Bool
    var show30: Bool
    /// The first reason behind the level, when there is room.
    var whyWidth: Int

    init(width: Int, nameWidth: Int, hasWeekly: Bool) {
      self.nameWidth = nameWidth
      var used = 2 + 1 + nameWidth + 1 + 8 + 1 + 1
      show30 = used + 13 <= width
      if show30 { used += 13 }
      show7 = used + 12 <= width
      if show7 { used += 12 }
      showLast = used + 11 <= width
      if showLast { used += 11 }
      showSpark = hasWeekly && used + 13 <= width
      if showSpark { used += 13 }
      let grow = max(0, min(width - used - 1, 14 - nameWidth))
      self.nameWidth += grow
      used += grow
      whyWidth = width - used - 2 >= 24 ? width - used - 2 : 0
    }

    func cells(
      marker: String, name: String, level: String, trend: String, spark: String, last7: String,
      last30: String, last: String, why: String
    ) -> [TableCell] {
      var out = [
        TableCell(text: marker, width: 2), TableCell(text: name, width: nameWidth),
        TableCell(text: level, width: 8), TableCell(text: trend, width: 1),
      ]
      if showSpark { out.append(TableCell(text: spark, width: 12)) }
      if show7 { out.append(TableCell(text: last7, width: 11, alignRight: true)) }
      if show30 { out.append(TableCell(text: last30, width: 12, alignRight: true)) }
      if showLast { out.append(TableCell(text: last, width: 10)) }
      if whyWidth > 0 { out.append(TableCell(text: why, width: whyWidth)) }
      return out
    }
  }
}
