/// The status line: the filter being typed, or key hints and the latest message.
enum StatusLineView {
  static func draw(_ state: AppState, in rect: Rect, grid: inout ScreenGrid) {
    let theme = state.options.theme
    let glyphs = state.options.glyphs
    let width = rect.width - 1  // never the bottom-right cell
    let bar = theme.style(.status)
    grid.fill(row: rect.row, column: 0, count: width, style: bar)
    if state.isEditingFilter {
      let hint = "  Enter keep " + glyphs.separator + " Esc clear "
      let prompt = " /" + SafeTextBridge.line(state.filter)
      let room = max(0, width - DisplayWidth.of(hint) - 1)
      let shown = DisplayWidth.truncateLeading(prompt, to: room, ellipsis: glyphs.ellipsis)
      var x = grid.write(shown, row: rect.row, column: 0, maxWidth: width, style: bar)
      x += grid.write(
        "_", row: rect.row, column: x, maxWidth: width - x, style: CellStyle(bold: true, reverse: false))
      grid.write(hint, row: rect.row, column: x, maxWidth: width - x, style: bar)
      return
    }
    let hints = hintText(state, glyphs: glyphs)
    let message = state.statusMessage.map { " " + SafeTextBridge.line($0) + " " } ?? ""
    let messageWidth = min(DisplayWidth.of(message), width)
    let hintRoom = max(0, width - messageWidth - 1)
    grid.write(
      DisplayWidth.truncate(hints, to: hintRoom, ellipsis: glyphs.ellipsis), row: rect.row, column: 0,
      maxWidth: hintRoom, style: bar)
    if messageWidth > 0 {
      var style = bar
      style.bold = true
      grid.write(message, row: rect.row, column: width - messageWidth, maxWidth: messageWidth, style: style)
    }
  }

  static func hintText(_ state: AppState, glyphs: Glyphs) -> String {
    let keys = state.options.keys
    func hint(_ action: KeyAction, _ text: String) -> String? {
      let label = keys.label(for: action)
      return label.isEmpty ? nil : label + " " + text
    }
    if state.overlay != nil {
      return " "
        + (["j/k scroll", "Esc close"] + [hint(.quit, "quit")].compactMap { $0 }).joined(separator: "  ")
    }
    var parts = ["Tab pane", "j/k move"]
    if state.focus == .incidents { parts.append(state.isDetailOpen ? "Esc back" : "Enter detail") }
    if state.focus == .regions { parts.append("1-9 region") }
    if !state.filter.isEmpty && !state.isDetailOpen { parts.append("Esc clear filter") }
    parts += [
      hint(.filter, "filter"), hint(.allRegions, "all"), hint(.reload, "reload"), hint(.warnings, "warnings"),
      hint(.help, "help"), hint(.quit, "quit"),
    ].compactMap { $0 }
    return " " + parts.joined(separator: "  ")
  }
}
