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

  /// Incident indices matching the filter, or nil when there is no filter (or it folds to
  /// nothing, which every incident matches). Typing narrows the previous result instead of
  /// scanning everything again; Backspace returns to a result kept for the shorter text.
  /// Results are kept per folded query: a longer query narrows the longest kept one it
  /// extends (its matches are a subset of that one's), so the kept results are always those of
  /// prefixes of the current query.
  mutating func filterMatches() -> [Int32]? {
    let needle = SearchFolding.fold(filter)
    guard !needle.isEmpty else {
      filterResults = []
      return nil
    }
    while let last = filterResults.last, !needle.starts(with: last.needle) { filterResults.removeLast() }
    if let last = filterResults.last, last.needle == needle { return last.matches }
    let matches =
      filterResults.last.map { data.search.matches(folded: needle, within: $0.matches) }
      ?? data.search.matches(folded: needle)
    filterResults.append((needle, matches))
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
