/// Renders the app state into a grid: a pure function of state and size.
///
/// Only visible rows are formatted, so a frame costs the same with 100 or 100,000 incidents.
/// The bottom-right cell is never written (terminals scroll when it is).
public enum Renderer {
  public static func render(_ state: AppState, width: Int, height: Int) -> ScreenGrid {
    var grid = ScreenGrid(width: width, height: height)
    draw(state, into: &grid)
    return grid
  }

  /// Renders into `grid`, reusing its cells when it already has this size (the same frame as
  /// ``render(_:width:height:)``, without allocating a new grid per frame).
  public static func render(_ state: AppState, width: Int, height: Int, into grid: inout ScreenGrid) {
    if grid.width == max(0, width) && grid.height == max(0, height) {
      grid.clearAll()
    } else {
      grid = ScreenGrid(width: width, height: height)
    }
    draw(state, into: &grid)
  }

  /// Draws the state on a blank grid.
  private static func draw(_ state: AppState, into grid: inout ScreenGrid) {
    let width = grid.width
    let height = grid.height
    guard width > 0, height > 0 else { return }
    let layout = Layout(width: width, height: height, state: state)
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
