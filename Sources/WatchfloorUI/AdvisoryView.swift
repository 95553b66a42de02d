/// The advisory pane: region advice and reasons, or the selected incident's detail.
enum AdvisoryView {
  static func draw(_ state: AppState, layout: Layout, grid: inout ScreenGrid) {
    let rect = layout.advisory
    let theme = state.options.theme
    let glyphs = state.options.glyphs
    let focused = state.focus == .advisory
    grid.box(
      rect, title: AdvisoryContent.title(state), glyphs: glyphs,
      border: theme.style(focused ? .focusedBorder : .border),
      titleStyle: theme.style(focused ? .focusedTitle : .title))
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let lines = AdvisoryContent.lines(state, width: layout.advisoryTextWidth)
    let scroll = max(0, min(state.advisoryScroll, lines.count - inner.height))
    TextBlock.draw(
      lines[scroll...].prefix(inner.height), row: inner.row, column: inner.column + 1,
      width: inner.width - 2, theme: theme, grid: &grid)
    if lines.count > inner.height {
      let more = " \(scroll + 1)-\(min(lines.count, scroll + inner.height))/\(lines.count) "
      let moreWidth = DisplayWidth.of(more)
      if rect.width > moreWidth + 4 {
        grid.write(
          more, row: rect.row + rect.height - 1, column: rect.column + rect.width - moreWidth - 2,
          style: theme.style(focused ? .focusedBorder : .border))
      }
    }
  }
}

/// Draws styled lines.
enum TextBlock {
  static func draw(
    _ lines: some Sequence<StyledLine>, row: Int, column: Int, width: Int, theme: Theme,
    grid: inout ScreenGrid
  ) {
    for (offset, line) in lines.enumerated() {
      var x = column
      for span in line.spans where x < column + width {
        x += grid.write(
          span.text, row: row + offset, column: x, maxWidth: column + width - x, style: theme.style(span.role)
        )
      }
    }
  }
}
