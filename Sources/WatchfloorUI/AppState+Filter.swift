import WatchfloorCore

extension AppState {
  /// Recomputes the list shown from the selected pane and the filter.
  mutating func recomputeVisibleRows() {
    let matches = filterMatches()
    if let selectedPane {
      if let matches {
        let pane = Int32(selectedPane)
        visibleRows = RowList(matches.filter { data.paneOfIncident[Int($0)] == pane })
      } else {
        visibleRows = RowList(data.rowsByPane[selectedPane])
      }
    } else {
      visibleRows = matches.map(RowList.init) ?? RowList(all: data.incidents.count)
    }
  }

  /// Incident indices matching the filter, or nil when there is no filter. Typing narrows the
  /// previous result instead of scanning everything again; deleting reuses earlier results.
  mutating func filterMatches() -> [Int32]? {
    guard !filter.isEmpty else {
      filterResults = []
      return nil
    }
    while let last = filterResults.last, !filter.hasPrefix(last.query) { filterResults.removeLast() }
    if let last = filterResults.last, last.query == filter { return last.matches }
    let matches =
      filterResults.last.map { data.search.matches(filter, within: $0.matches) }
      ?? data.search.matches(filter)
    filterResults.append((filter, matches))
    return matches
  }

  /// Applies a new filter text, keeping the selected incident when it still matches.
  mutating func setFilter(_ text: String) {
    let keep = selectedIncident?.id
    filter = text
    recomputeVisibleRows()
    selectRow(ofID: keep, fallback: 0)
  }

  /// Selects the row of incident `id` if it is shown, else row `fallback` (clamped).
  mutating func selectRow(ofID id: IncidentID?, fallback: Int) {
    if let id, let index = data.indexByID[id], let row = visibleRows.row(of: index) {
      selectedRow = row
    } else {
      selectedRow = max(0, min(fallback, visibleRows.count - 1))
    }
    clampScrolls()
  }

  /// Keeps the scroll offsets within bounds and the selected row in view.
  mutating func clampScrolls() {
    let rows = layout.incidentRows
    selectedRow = max(0, min(selectedRow, visibleRows.count - 1))
    incidentScroll = AppState.scroll(
      incidentScroll, keeping: selectedRow, rows: rows, count: visibleRows.count)
  }

  /// A scroll offset that shows `selected` among `count` rows with `rows` visible.
  static func scroll(_ scroll: Int, keeping selected: Int, rows: Int, count: Int) -> Int {
    var scroll = scroll
    if selected < scroll { scroll = selected }
    if selected >= scroll + rows { scroll = selected - rows + 1 }
    return max(0, min(scroll, count - rows))
  }
}
