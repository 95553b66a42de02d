/// The help and warnings overlays: a centred box over the dashboard.
enum OverlayView {
  static func draw(_ state: AppState, grid: inout ScreenGrid) {
    let theme = state.options.theme
    let glyphs = state.options.glyphs
    let lines = state.overlayLines(width: OverlayGeometry.textWidth(grid.width))
    let rect = OverlayGeometry.rect(width: grid.width, height: grid.height, lineCount: lines.count)
    guard rect.width > 4, rect.height > 2 else { return }
    grid.clear(rect)
    let title: String
    switch state.overlay {
    case .help: title = "Help " + glyphs.separator + " ? or Esc closes"
    case .warnings: title = "Warnings (\(state.data.warnings.count)) " + glyphs.separator + " w or Esc closes"
    case nil: title = ""
    }
    grid.box(
      rect, title: title, glyphs: glyphs, border: theme.style(.focusedBorder),
      titleStyle: theme.style(.focusedTitle))
    let inner = rect.inner
    let scroll = max(0, min(state.overlayScroll, lines.count - inner.height))
    TextBlock.draw(
      lines[scroll...].prefix(inner.height), row: inner.row, column: inner.column + 1,
      width: inner.width - 2, theme: theme, grid: &grid)
  }
}
