/// Renders the app state into a grid: a pure function of state and size.
///
/// Only visible rows are formatted, so a frame costs the same with 100 or 100,000 incidents.
/// The bottom-right cell is never written (terminals scroll when it is).
public enum Renderer {
  public static func render(_ state: AppState, width: Int, height: Int) -> ScreenGrid {
    var grid = ScreenGrid(width: width, height: height)
    guard width > 0, height > 0 else { return grid }
    let layout = Layout(width: width, height: height, paneCount: state.data.panes.count)
    let theme = state.options.theme
    if layout.isTooSmall {
      drawTooSmall(&grid, theme: theme)
    } else {
      HeaderView.draw(state, in: layout.header, grid: &grid)
      RegionsView.draw(state, in: layout.regions, rows: layout.regionRows, grid: &grid)
      IncidentsView.draw(state, in: layout.incidents, rows: layout.incidentRows, grid: &grid)
      AdvisoryView.draw(state, layout: layout, grid: &grid)
      if state.overlay != nil { OverlayView.draw(state, grid: &grid) }
      StatusLineView.draw(state, in: layout.status, grid: &grid)
    }
    keepBottomRightFree(&grid)
    return grid
  }

  private static func drawTooSmall(_ grid: inout ScreenGrid, theme: Theme) {
    let message =
      "terminal too small: need \(Layout.minimumWidth)x\(Layout.minimumHeight), have \(grid.width)x\(grid.height)"
    let lines = TextWrap.wrap(message, width: max(1, grid.width - 1))
    let top = max(0, (grid.height - lines.count) / 2)
    for (index, line) in lines.enumerated() where top + index < grid.height {
      let column = max(0, (grid.width - DisplayWidth.of(line)) / 2)
      grid.write(line, row: top + index, column: column, style: theme.style(.warning))
    }
  }

  /// Blanks the bottom-right cell (and a wide character reaching into it).
  private static func keepBottomRightFree(_ grid: inout ScreenGrid) {
    let row = grid.height - 1
    let column = grid.width - 1
    if grid[row, column].isContinuation, column > 0 { grid[row, column - 1] = .blank }
    grid[row, column] = .blank
  }
}
