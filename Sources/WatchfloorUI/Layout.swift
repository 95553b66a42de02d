/// Where each part of the screen goes at a given size.
///
/// Below 120 columns the panes stack (regions, incidents, advisory); from 120 columns the
/// advisory pane takes the right third of the screen, full height.
struct Layout: Hashable, Sendable {
  static let minimumWidth = 60
  static let minimumHeight = 16
  static let sideBySideWidth = 120

  var width: Int
  var height: Int
  var header: Rect
  var regions: Rect
  var incidents: Rect
  var advisory: Rect
  var status: Rect

  var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  init(width: Int, height: Int, paneCount: Int) {
    self.width = width
    self.height = height
    header = Rect(row: 0, column: 0, width: width, height: 2)
    status = Rect(row: height - 1, column: 0, width: width, height: 1)
    let top = 2
    let body = max(0, height - 3)
    let wanted = paneCount + 3
    if width >= Self.sideBySideWidth {
      let advisoryWidth = width / 3
      let leftWidth = width - advisoryWidth
      let regionsHeight = min(wanted, max(5, body / 2))
      regions = Rect(row: top, column: 0, width: leftWidth, height: regionsHeight)
      incidents = Rect(row: top + regionsHeight, column: 0, width: leftWidth, height: body - regionsHeight)
      advisory = Rect(row: top, column: leftWidth, width: advisoryWidth, height: body)
    } else {
      let regionsHeight = min(wanted, max(5, body * 2 / 5))
      let rest = body - regionsHeight
      let incidentsHeight = max(4, rest * 11 / 20)
      regions = Rect(row: top, column: 0, width: width, height: regionsHeight)
      incidents = Rect(row: top + regionsHeight, column: 0, width: width, height: incidentsHeight)
      advisory = Rect(
        row: top + regionsHeight + incidentsHeight, column: 0, width: width,
        height: rest - incidentsHeight)
    }
  }

  /// Incident rows visible at once (inside the border, under the column headings).
  var incidentRows: Int { max(1, incidents.height - 3) }
  /// Region rows visible at once.
  var regionRows: Int { max(1, regions.height - 3) }
  /// Text lines visible in the advisory pane.
  var advisoryRows: Int { max(1, advisory.height - 2) }
  /// Text width inside the advisory pane (one cell of margin each side).
  var advisoryTextWidth: Int { max(1, advisory.width - 4) }
}
