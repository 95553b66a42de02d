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
    case .help: title = "Help " + glyphs.separator + closeHint(state.options.keys, .help)
    case .warnings:
      title =
        "Warnings (\(state.data.warnings.count)) " + glyphs.separator
        + closeHint(state.options.keys, .warnings)
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

  /// " ? or Esc closes", with the key bound to the overlay's action.
  private static func closeHint(_ keys: KeyMap, _ action: KeyAction) -> String {
    let label = keys.label(for: action)
    return label.isEmpty ? " Esc closes" : " \(label) or Esc closes"
  }
}
