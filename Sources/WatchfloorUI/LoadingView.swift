/// Renders the ``LoadingScreen`` into a grid: a pure function of the screen and the size, like
/// ``Renderer``. No colour: plain text that says what is happening.
public enum LoadingView {
  /// The smallest size that shows the full screen; smaller terminals get one wrapped line.
  public static let minimumWidth = 40
  public static let minimumHeight = 8

  public static func render(_ screen: LoadingScreen, width: Int, height: Int) -> ScreenGrid {
    var grid = ScreenGrid(width: width, height: height)
    guard width > 0, height > 0 else { return grid }
    if width < minimumWidth || height < minimumHeight {
      drawCompact(screen, grid: &grid)
    } else {
      drawFull(screen, grid: &grid)
    }
    let (row, column) = (height - 1, width - 1)
    if grid[row, column].isContinuation, column > 0 { grid[row, column - 1] = .blank }
    grid[row, column] = .blank
    return grid
  }

  private static func drawFull(_ screen: LoadingScreen, grid: inout ScreenGrid) {
    let glyphs = screen.unicode ? Glyphs.unicode : Glyphs.ascii
    let room = grid.width - 2
    grid.write(" WATCHFLOOR  ", row: 0, column: 0, style: CellStyle(bold: true))
    grid.write("starting", row: 0, column: 13)
    let top = max(2, (grid.height - 6) / 2)
    let label = "corpus "
    let path = DisplayWidth.truncateLeading(
      SafeTextBridge.line(screen.corpusPath), to: room - label.count, ellipsis: glyphs.ellipsis)
    grid.write(label + path, row: top, column: 1, maxWidth: room)
    grid.write(screen.progressText, row: top + 1, column: 1, maxWidth: room)
    grid.write(progressBar(screen, width: min(room, 60)), row: top + 2, column: 1)
    grid.write(screen.elapsedText, row: top + 3, column: 1, maxWidth: room)
    grid.write(
      "The dashboard opens when every report is read. " + screen.quitHint, row: top + 5, column: 1,
      maxWidth: room, style: CellStyle(dim: true))
  }

  /// "[#####.....]  42%", or an empty bar while listing.
  static func progressBar(_ screen: LoadingScreen, width: Int) -> String {
    let inner = max(1, width - 8)
    guard let total = screen.filesTotal else { return "[" + String(repeating: ".", count: inner) + "]" }
    let fraction = total == 0 ? 1 : Double(min(screen.filesLoaded, total)) / Double(total)
    let filled = Int((fraction * Double(inner)).rounded(.down))
    let percent = Int((fraction * 100).rounded(.down))
    return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: inner - filled)
      + "] " + String(repeating: " ", count: max(0, 3 - String(percent).count)) + "\(percent)%"
  }

  /// One centred, wrapped line for terminals too small for the full screen.
  private static func drawCompact(_ screen: LoadingScreen, grid: inout ScreenGrid) {
    let counts = screen.filesTotal.map { "\(screen.filesLoaded)/\($0) files" } ?? "listing files"
    let message = "loading reports: \(counts), \(screen.elapsedSeconds) s"
    let lines = TextWrap.wrap(message, width: max(1, grid.width - 1))
    let top = max(0, (grid.height - lines.count) / 2)
    for (index, line) in lines.enumerated() where top + index < grid.height {
      let column = max(0, (grid.width - DisplayWidth.of(line)) / 2)
      grid.write(line, row: top + index, column: column)
    }
  }
}
