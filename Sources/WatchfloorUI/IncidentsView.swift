import WatchfloorCore

/// The incidents list of the selected region (or all): newest first, aligned columns that
/// truncate in display cells, new incidents tagged, the selection in reverse video.
enum IncidentsView {
  static func draw(_ state: AppState, in rect: Rect, rows: Int, grid: inout ScreenGrid) {
    let theme = state.options.theme
    let glyphs = state.options.glyphs
    let focused = state.focus == .incidents
    let count = state.visibleIncidentCount
    let sep = " " + glyphs.separator + " "
    var title = "Incidents" + sep + (state.selectedRegionPane?.name ?? "all regions") + sep + "\(count)"
    if !state.filter.isEmpty { title += sep + "filter: " + state.filter }
    grid.box(
      rect, title: title, glyphs: glyphs, border: theme.style(focused ? .focusedBorder : .border),
      titleStyle: theme.style(focused ? .focusedTitle : .title))
    let inner = rect.inner
    guard inner.width > 0, inner.height > 1 else { return }
    let showRegion = state.selectedPane == nil || state.selectedRegionPane?.isOther == true
    let columns = Columns(width: inner.width, showRegion: showRegion)

    grid.drawTableRow(
      columns.cells(
        tag: "", date: "Date", region: "Region", place: "Place", type: "Type", deaths: "Dead",
        actors: "Actors", summary: "Summary"
      ).map {
        var c = $0; c.role = .columnHeader; return c
      },
      row: inner.row, column: inner.column, width: inner.width, theme: theme, ellipsis: glyphs.ellipsis)

    guard count > 0 else {
      let message = state.filter.isEmpty ? "No incidents." : "No incidents match the filter (Esc clears it)."
      grid.write(
        message, row: inner.row + 1, column: inner.column + 1, maxWidth: inner.width - 1,
        style: theme.style(.dim))
      return
    }
    let scroll = AppState.scroll(state.incidentScroll, keeping: state.selectedRow, rows: rows, count: count)
    for offset in 0..<min(rows, count - scroll) {
      let row = scroll + offset
      guard let incident = state.visibleIncident(at: row) else { break }
      let isNew = state.unseenNewIDs.contains(incident.id)
      var cells = columns.cells(
        tag: isNew ? (columns.tagWidth >= 3 ? "NEW" : "*") : "",
        date: incident.dateLabel ?? "undated",
        region: incident.region?.name ?? "unknown",
        place: incident.location ?? "-",
        type: incident.eventType?.shortLabel ?? "-",
        deaths: incident.fatalities.map(String.init) ?? "?",
        actors: incident.actors.joined(separator: ", "),
        summary: incident.summary)
      if isNew { cells[0].role = .newIncident }
      if incident.date == nil { cells[1].role = .dim }
      let rowStyle: CellStyle? =
        row == state.selectedRow ? theme.style(focused ? .selection : .inactiveSelection) : nil
      grid.drawTableRow(
        cells, row: inner.row + 1 + offset, column: inner.column, width: inner.width, theme: theme,
        ellipsis: glyphs.ellipsis, rowStyle: rowStyle, bold: isNew)
    }
    let position = " \(state.selectedRow + 1)/\(count) "
    let positionWidth = DisplayWidth.of(position)
    if rect.width > positionWidth + 4 {
      grid.write(
        position, row: rect.row + rect.height - 1, column: rect.column + rect.width - positionWidth - 2,
        style: theme.style(focused ? .focusedBorder : .border))
    }
  }

  /// Which columns fit, and their widths; the summary takes what is left. The date column
  /// holds a day and the mark of a guessed date (`2024-10-21~`).
  struct Columns {
    var tagWidth: Int
    var regionWidth: Int
    var placeWidth: Int
    var actorsWidth: Int
    var summaryWidth: Int

    init(width: Int, showRegion: Bool) {
      let tag = width >= 100 ? 3 : 1
      var place = width >= 160 ? 22 : width >= 100 ? 18 : 12
      var region = showRegion ? 10 : 0
      var actors = width >= 160 ? 26 : width >= 100 ? 18 : 14
      func used() -> Int {
        (tag + 1) + 12 + (region > 0 ? region + 1 : 0) + (place + 1) + 13 + 5 + (actors > 0 ? actors + 1 : 0)
      }
      if width - used() < 24 { actors = 0 }
      if width - used() < 16, region > 0 { region = 8 }
      if width - used() < 12 { place = 8 }
      tagWidth = tag
      regionWidth = region
      placeWidth = place
      actorsWidth = actors
      summaryWidth = max(0, width - used())
    }

    func cells(
      tag: String, date: String, region: String, place: String, type: String, deaths: String,
      actors: String, summary: String
    ) -> [TableCell] {
      var out = [TableCell(text: tag, width: tagWidth), TableCell(text: date, width: 11)]
      if regionWidth > 0 { out.append(TableCell(text: region, width: regionWidth)) }
      out.append(TableCell(text: place, width: placeWidth))
      out.append(TableCell(text: type, width: 12))
      out.append(TableCell(text: deaths, width: 4, alignRight: true))
      if actorsWidth > 0 { out.append(TableCell(text: actors, width: actorsWidth)) }
      out.append(TableCell(text: summary, width: summaryWidth))
      return out
    }
  }
}
