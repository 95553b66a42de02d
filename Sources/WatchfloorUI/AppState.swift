public import WatchfloorCore

/// What the key handler asks the program to do after a key.
public enum AppEffect: Hashable, Sendable {
  case none
  case quit
  /// Re-read the corpus now.
  case reload
}

/// The whole state of the dashboard: the data shown and the officer's navigation.
///
/// Key handling (``handle(_:)``) and reloads (``replaceData(_:reloadedFiles:at:)``) are pure
/// state changes, so they are tested without a terminal; ``Renderer`` draws it.
public struct AppState: Sendable {
  /// The data shown.
  public internal(set) var data: DashboardData
  /// Colours and glyphs; set by the terminal layer.
  public var options: DisplayOptions
  /// Whether the corpus is being watched; set by the program, shown in the header.
  public var watchStatus: WatchStatus = .unknown

  /// The pane with keyboard focus.
  public internal(set) var focus: Pane = .incidents
  /// The selected region pane (index into `data.panes`), or nil for all regions.
  public internal(set) var selectedPane: Int?
  /// The selected row of the incidents list.
  public internal(set) var selectedRow = 0
  /// The first incident row shown.
  public internal(set) var incidentScroll = 0
  /// The advisory pane shows the selected incident's detail.
  public internal(set) var isDetailOpen = false
  /// The first advisory line shown.
  public internal(set) var advisoryScroll = 0
  /// Which advice of the selected region is shown (0 = newest).
  public internal(set) var advisoryIndex = 0
  /// The incident filter text ("" = none).
  public internal(set) var filter = ""
  /// The filter is being typed.
  public internal(set) var isEditingFilter = false
  /// The open overlay, if any.
  public internal(set) var overlay: Overlay?
  /// The first overlay line shown.
  public internal(set) var overlayScroll = 0
  /// The message on the status line, if any.
  public internal(set) var statusMessage: String?
  /// New incidents the officer has not selected yet.
  public internal(set) var unseenNewIDs: Set<IncidentID>
  /// The screen size last reported by the terminal (for page sizes).
  public internal(set) var screenWidth = 80
  public internal(set) var screenHeight = 24

  /// Incident indices of the list shown (selected pane, filtered), newest first.
  var visibleRows = RowList(all: 0)
  /// Filter results for successive folded filter texts (each a prefix of the next), so typing
  /// narrows and Backspace pops.
  var filterResults: [(needle: [UInt8], matches: [Int32])] = []

  /// A dashboard on `data`, all regions selected, focus on the incidents list.
  public init(data: DashboardData, options: DisplayOptions = DisplayOptions()) {
    self.data = data
    self.options = options
    self.unseenNewIDs = data.newIncidentIDs
    recomputeVisibleRows()
    markSelectionSeen()
  }

  /// A dashboard on a corpus with the default watched regions, the newest-report as-of day,
  /// the real ``RiskAssessor`` and the current time as load time (the scaffold's initializer).
  public init(corpus: Corpus, options: DisplayOptions = DisplayOptions()) {
    self.init(data: DashboardData(corpus: corpus, loadedAt: ClockTime.now()), options: options)
  }

  /// Tells the state the screen size, so paging moves by a screenful.
  public mutating func setScreenSize(width: Int, height: Int) {
    screenWidth = max(1, width)
    screenHeight = max(1, height)
    clampScrolls()
  }

  /// Sets or clears the status-line message.
  public mutating func setStatus(_ message: String?) { statusMessage = message }

  /// The incidents list as shown: count of rows.
  public var visibleIncidentCount: Int { visibleRows.count }

  /// The incident on row `row` of the list shown.
  public func visibleIncident(at row: Int) -> Incident? {
    guard row >= 0, row < visibleRows.count else { return nil }
    return data.incidents[Int(visibleRows[row])]
  }

  /// The selected incident, if the list is not empty.
  public var selectedIncident: Incident? { visibleIncident(at: selectedRow) }

  /// The selected region pane, or nil for all regions.
  public var selectedRegionPane: RegionPane? { selectedPane.map { data.panes[$0] } }

  /// The layout at the last reported screen size.
  var layout: Layout { Layout(width: screenWidth, height: screenHeight, state: self) }

  /// Removes the selected incident from the unseen new ones: it has been viewed.
  mutating func markSelectionSeen() {
    guard !unseenNewIDs.isEmpty, let id = selectedIncident?.id else { return }
    unseenNewIDs.remove(id)
  }
}
