/// The two header lines: product, corpus, counts; as-of, load time, new, warnings, watching.
enum HeaderView {
  static func draw(_ state: AppState, in rect: Rect, grid: inout ScreenGrid) {
    let theme = state.options.theme
    let glyphs = state.options.glyphs
    let data = state.data
    let sep = " " + glyphs.separator + " "
    let width = rect.width

    // Line 1: name and path left, counts right.
    let counts =
      "\(data.reportCount) report\(data.reportCount == 1 ? "" : "s")" + sep
      + "\(data.incidentCount) incident\(data.incidentCount == 1 ? "" : "s")"
    let brand = " WATCHFLOOR  "
    grid.write(brand, row: rect.row, column: 0, style: theme.style(.brand))
    let countsWidth = DisplayWidth.of(counts)
    let countsColumn = max(DisplayWidth.of(brand), width - countsWidth - 1)
    let pathRoom = countsColumn - DisplayWidth.of(brand) - 2
    let path = DisplayWidth.truncateLeading(
      SafeTextBridge.line(data.corpusPath), to: pathRoom, ellipsis: glyphs.ellipsis)
    grid.write(
      path, row: rect.row, column: DisplayWidth.of(brand), maxWidth: pathRoom, style: theme.style(.header))
    grid.write(counts, row: rect.row, column: countsColumn, maxWidth: width - countsColumn - 1)

    // Line 2: freshness left, attention items right.
    let asOf = data.asOf.map { "as of \($0.iso)" } ?? "as of unknown"
    let full = " " + asOf + " (" + data.asOfSource.rawValue + ")" + sep + "loaded " + data.loadedAt
    let medium =
      " " + asOf + " (" + (data.asOfSource == .newestReport ? "newest" : data.asOfSource.rawValue) + ")"
      + sep + "loaded " + data.loadedAt
    let compact = " " + asOf + sep + data.loadedAt
    var right: [Span] = []
    if !state.unseenNewIDs.isEmpty {
      right.append(Span("+\(state.unseenNewIDs.count) new", .newIncident))
    }
    let failures = data.warnings.count
    if failures > 0 {
      right.append(Span("\(failures) warning\(failures == 1 ? "" : "s")", .warning))
    }
    if let label = state.watchStatus.label {
      if state.watchStatus.isAlarm {
        right.append(Span(label, .error))
      } else {
        right.append(Span(label, .dim))
      }
    }
    var rightSpans: [Span] = []
    for (index, span) in right.enumerated() {
      if index > 0 { rightSpans.append(Span(sep, .dim)) }
      rightSpans.append(span)
    }
    let rightWidth = rightSpans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let left = [full, medium].first { DisplayWidth.of($0) + rightWidth + 2 <= width } ?? compact
    let leftRoom = max(0, width - rightWidth - 2)
    grid.write(
      DisplayWidth.truncate(left, to: leftRoom, ellipsis: glyphs.ellipsis), row: rect.row + 1, column: 0,
      maxWidth: leftRoom, style: theme.style(.header))
    var column = max(leftRoom == 0 ? 0 : min(width, DisplayWidth.of(left) + 2), width - rightWidth - 1)
    for span in rightSpans {
      column += grid.write(
        span.text, row: rect.row + 1, column: column, maxWidth: width - column - 1,
        style: theme.style(span.role))
    }
  }
}
