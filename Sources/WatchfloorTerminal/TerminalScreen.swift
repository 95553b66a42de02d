import CNCurses
import Glibc
public import WatchfloorUI

/// The ncurses screen: opens and restores the terminal, paints ``ScreenGrid`` frames by
/// writing only the cells that changed, and reads keys.
///
/// Open it after the event loop's signals are blocked (see ``DashboardSession``), so SIGWINCH
/// and friends arrive through `signalfd` and never interrupt ncurses.
public final class TerminalScreen {
  /// What was decided about colours and line drawing.
  public let capabilities: TerminalCapabilities

  private var screen: OpaquePointer?
  private var window: UnsafeMutablePointer<WINDOW>
  private var pairs: ColorPairs
  private var previous: ScreenGrid?
  private let attributes: (bold: attr_t, reverse: attr_t, underline: attr_t, dim: attr_t)

  /// How to open the terminal.
  public struct Configuration: Sendable {
    /// `--no-color`.
    public var noColor: Bool
    /// `--ascii`: no line-drawing or other non-ASCII drawing characters.
    public var forceASCII: Bool
    /// The environment (`TERM`, `NO_COLOR`, `CLICOLOR_FORCE`).
    public var environment: [String: String]

    public init(noColor: Bool = false, forceASCII: Bool = false, environment: [String: String]) {
      self.noColor = noColor
      self.forceASCII = forceASCII
      self.environment = environment
    }
  }

  /// Checks that stdin and stdout are terminals and `TERM` is usable, without touching the
  /// terminal. Call it before slow work so a pipe fails at once.
  public static func checkUsable(environment: [String: String]) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    let term = environment["TERM"] ?? ""
    guard !term.isEmpty, term != "dumb" else { throw .unusableTerminalType(term) }
  }

  /// Takes over the terminal: locale, `newterm`, cbreak/noecho/keypad/nonl, hidden cursor,
  /// 25 ms ESCDELAY, colours per ``ColorDecision``; the mouse stays off.
  public init(configuration: Configuration) throws(TerminalError) {
    try Self.checkUsable(environment: configuration.environment)
    let localeIsUTF8 = LocaleSetup.apply()
    guard let screen = newterm(nil, wf_stdout(), wf_stdin()) else {
      throw .unusableTerminalType(configuration.environment["TERM"] ?? "")
    }
    self.screen = screen
    set_term(screen)
    window = wf_stdscr()
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    nodelay(window, true)
    leaveok(window, true)
    curs_set(0)
    wf_set_escdelay(25)

    let useColors = ColorDecision.useColors(
      noColorFlag: configuration.noColor, environment: configuration.environment,
      terminalHasColors: has_colors())
    var hasDefaultColors = false
    if useColors {
      start_color()
      hasDefaultColors = use_default_colors() == OK
    }
    pairs = ColorPairs(
      enabled: useColors, hasDefaultColors: hasDefaultColors,
      maximumPairs: useColors ? Int(wf_color_pairs()) : 0)
    capabilities = TerminalCapabilities(
      colors: useColors, unicode: localeIsUTF8 && !configuration.forceASCII,
      colorCount: useColors ? Int(wf_colors()) : 0)
    attributes = (wf_a_bold(), wf_a_reverse(), wf_a_underline(), wf_a_dim())
    wf_install_fatal_signal_handlers()
  }

  deinit { close() }

  /// Whether the terminal is still in curses mode.
  public var isOpen: Bool { screen != nil }

  /// The current size in cells.
  public var size: (width: Int, height: Int) {
    (Int(wf_getmaxx(window)), Int(wf_getmaxy(window)))
  }

  /// Restores the terminal (cursor, echo, modes). Idempotent; later output goes to a normal
  /// terminal, so errors can be printed to stderr.
  public func close() {
    guard let screen else { return }
    endwin()
    wf_remove_fatal_signal_handlers()
    delscreen(screen)
    self.screen = nil
  }

  /// Adopts the kernel's terminal size after SIGWINCH (`TIOCGWINSZ` + `resizeterm`); the next
  /// ``paint(_:)`` repaints everything.
  /// - Returns: whether the size changed.
  @discardableResult
  public func adoptKernelSize() -> Bool {
    var rows: Int32 = 0
    var columns: Int32 = 0
    guard wf_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0 else {
      return false
    }
    let current = size
    guard Int(rows) != current.height || Int(columns) != current.width else { return false }
    resizeterm(rows, columns)
    previous = nil
    return true
  }

  /// Forgets the last frame so the next ``paint(_:)`` rewrites every cell.
  public func invalidate() { previous = nil }

  /// Paints a frame: writes the cells that differ from the previous frame, then one
  /// `wnoutrefresh` + `doupdate`. The bottom-right cell is never written.
  public func paint(_ grid: ScreenGrid) {
    guard screen != nil else { return }
    let (width, height) = size
    let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    if full { werase(window) }
    for row in 0..<min(height, grid.height) {
      let dirty = full ? Array(0..<grid.width) : dirtyColumns(row: row, grid: grid)
      for column in dirty where column < width {
        let cell = grid[row, column]
        if cell.isContinuation { continue }
        let isWide = column + 1 < grid.width && grid[row, column + 1].isContinuation
        let lastColumn = column + (isWide ? 1 : 0)
        if row == height - 1 && lastColumn >= width - 1 { continue }
        if lastColumn >= width { continue }
        put(cell, row: row, column: column)
      }
    }
    previous = grid
    wnoutrefresh(window)
    doupdate()
  }

  /// Paints a frame like ``paint(_:)``, then hands the grid of the frame before back in `grid`
  /// (or an empty one): the caller renders the next frame into storage nobody else holds, so
  /// frames cost no allocation and no copy.
  public func paint(swapping grid: inout ScreenGrid) {
    let older = previous
    paint(grid)
    grid = older ?? ScreenGrid(width: 0, height: 0)
  }

  /// Columns of `row` to rewrite: changed cells, widened to whole wide characters.
  private func dirtyColumns(row: Int, grid: ScreenGrid) -> [Int] {
    guard let previous else { return Array(0..<grid.width) }
    let cells = (row * grid.width)..<((row + 1) * grid.width)
    if grid.cells[cells] == previous.cells[cells] { return [] }  // most rows of most frames
    var dirty: [Int] = []
    for column in 0..<grid.width where grid[row, column] != previous[row, column] {
      if grid[row, column].isContinuation, column > 0, dirty.last != column - 1 {
        dirty.append(column - 1)
      }
      if dirty.last != column { dirty.append(column) }
    }
    return dirty
  }

  private func put(_ cell: Cell, row: Int, column: Int) {
    var characters = Self.wideCharacters(cell.text)
    var attributeBits: attr_t = 0
    let style = cell.style
    if style.bold { attributeBits |= attributes.bold }
    if style.reverse { attributeBits |= attributes.reverse }
    if style.underline { attributeBits |= attributes.underline }
    if style.dim { attributeBits |= attributes.dim }
    let pair = pairs.pair(foreground: style.foreground, background: style.background)
    var complex = cchar_t()
    setcchar(&complex, &characters, attributeBits, pair, nil)
    mvwadd_wch(window, Int32(row), Int32(column), &complex)
  }

  /// The grapheme as a NUL-terminated `wchar_t` array for `setcchar` (one spacing character
  /// and up to four combining ones). A cell that starts with a control, format or combining
  /// character becomes "?": nothing invisible or terminal-controlling reaches the screen.
  /// Decided from Unicode properties, not the C locale, so it is the same in every process.
  static func wideCharacters(_ text: String) -> [wchar_t] {
    var scalars = Array(text.unicodeScalars.prefix(5))
    if scalars.isEmpty { scalars = [" "] }
    switch scalars[0].properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark, .spacingMark, .lineSeparator,
      .paragraphSeparator, .surrogate, .unassigned, .privateUse:
      scalars = ["?"]
    default:
      break
    }
    var result = scalars.compactMap { scalar -> wchar_t? in
      switch scalar.properties.generalCategory {
      case .control, .format: return nil
      default: return wchar_t(bitPattern: scalar.value)
      }
    }
    result.append(0)
    return result
  }

  /// Reads every pending key without blocking (the event loop calls it when stdin is
  /// readable). Keys that mean nothing are dropped.
  public func readKeys() -> [Key] {
    guard screen != nil else { return [] }
    var keys: [Key] = []
    var value: wint_t = 0
    while true {
      let status = wget_wch(window, &value)
      if status == ERR { break }
      if let key = KeyDecoder.key(status: status, value: UInt32(value)) { keys.append(key) }
    }
    return keys
  }
}
