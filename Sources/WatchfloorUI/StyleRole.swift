public import WatchfloorCore

/// What a piece of the screen means; a ``Theme`` turns it into a ``CellStyle``.
public enum StyleRole: Hashable, Sendable {
  case normal
  /// Product name in the header.
  case brand
  /// Header facts (counts, dates).
  case header
  /// Less important text: labels, empty states.
  case dim
  /// Pane borders, and the border of the focused pane.
  case border, focusedBorder
  /// Pane titles, and the title of the focused pane.
  case title, focusedTitle
  /// Column headings.
  case columnHeader
  /// A risk level; nil is "no data".
  case level(RiskLevel?)
  /// The selected row in the focused pane, and in an unfocused one.
  case selection, inactiveSelection
  /// An incident the officer has not looked at since it appeared.
  case newIncident
  /// Warnings (failed files, stale data).
  case warning
  /// Something is wrong (watching stopped).
  case error
  /// The filter being typed.
  case filter
  /// The status line.
  case status
  /// A label in the detail pane ("Date", "Source").
  case label
  /// Trend arrows and sparklines.
  case trend
}
