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
    let message = state.statusMessage.map { " " + SafeTextBridge.line($0) + " " } ?? ""
    let messageWidth = min(DisplayWidth.of(message), width)
    let hintRoom = max(0, width - messageWidth - 1)
    let hints = hintText(state, glyphs: glyphs, room: hintRoom)
    grid.write(
      DisplayWidth.truncate(hints, to: hintRoom, ellipsis: glyphs.ellipsis), row: rect.row, column: 0,
      maxWidth: hintRoom, style: bar)
    if messageWidth > 0 {
      var style = bar
      style.bold = true
      grid.write(message, row: rect.row, column: width - messageWidth, maxWidth: messageWidth, style: style)
    }
  }

  /// The key hints, in screen order, each with a rank: when the line is too narrow, the hints
  /// with the highest rank are left out whole, so help and quit stay visible at 80 columns
  /// (and warnings, when some files failed).
  static func hints(_ state: AppState) -> [(text: String, rank: Int)] {
    let keys = state.options.keys
    func hint(_ action: KeyAction, _ text: String, rank: Int) -> (text: String, rank: Int)? {
      let label = keys.label(for: action)
      return label.isEmpty ? nil : (label + " " + text, rank)
    }
    if state.overlay != nil {
      return [("j/k scroll", 1), ("Esc close", 0)] + [hint(.quit, "quit", rank: 0)].compactMap { $0 }
    }
    var parts: [(text: String, rank: Int)] = [("Tab pane", 1), ("j/k move", 2)]
    if state.focus == .incidents { parts.append((state.isDetailOpen ? "Esc back" : "Enter detail", 1)) }
    if state.focus == .regions { parts.append(("1-9 region", 1)) }
    if !state.filter.isEmpty && !state.isDetailOpen { parts.append(("Esc clear filter", 1)) }
    parts += [
      hint(.filter, "filter", rank: 3), hint(.allRegions, "all", rank: 4), hint(.reload, "reload", rank: 3),
      hint(.warnings, "warnings", rank: state.data.warnings.isEmpty ? 5 : 2), hint(.help, "help", rank: 0),
      hint(.quit, "quit", rank: 0),
    ].compactMap { $0 }
    return parts
  }

  /// The hints that fit in `room` cells (all of them by default), leaving out whole hints by rank.
  static func hintText(_ state: AppState, glyphs: Glyphs, room: Int = .max) -> String {
    var parts = hints(state)
    func joined() -> String { " " + parts.map(\.text).joined(separator: "  ") }
    while DisplayWidth.of(joined()) > room, let highest = parts.map(\.rank).max(), highest > 0 {
      let drop = parts.lastIndex { $0.rank == highest }!
      parts.remove(at: drop)
    }
    return joined()
  }
}
