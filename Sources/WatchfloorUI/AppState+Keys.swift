extension AppState {
  /// Applies a key: pure, so it is tested without a terminal. Keys that mean nothing in the
  /// current context change nothing.
  public mutating func handle(_ key: Key) -> AppEffect {
    defer { markSelectionSeen() }
    if isEditingFilter { return handleFilterKey(key) }
    if overlay != nil { return handleOverlayKey(key) }
    if let action = options.keys.action(for: key) { return perform(action) }
    switch key {
    case .character(let c) where ("1"..."9").contains(c):
      let number = Int(String(c))!
      if number <= data.panes.count { selectPane(number - 1) }
    case .tab: focus = focus.next
    case .backTab: focus = focus.previous
    case .escape: goBack()
    case .enter:
      if focus == .regions {
        focus = .incidents
      } else if focus == .incidents, selectedIncident != nil, !isDetailOpen {
        isDetailOpen = true
        advisoryScroll = 0
      }
    default: move(key)
    }
    return .none
  }

  /// A bound action, outside overlays and filter typing.
  private mutating func perform(_ action: KeyAction) -> AppEffect {
    switch action {
    case .quit: return .quit
    case .reload:
      statusMessage = "reloading..."
      return .reload
    case .help: openOverlay(.help)
    case .warnings: openOverlay(.warnings)
    case .filter:
      isEditingFilter = true
      focus = .incidents
    case .allRegions: selectPane(nil)
    }
    return .none
  }

  private mutating func openOverlay(_ which: Overlay) {
    overlay = which
    overlayScroll = 0
  }

  private mutating func goBack() {
    if isDetailOpen {
      isDetailOpen = false
      advisoryScroll = 0
    } else if !filter.isEmpty {
      setFilter("")
    }
  }

  /// Movement keys, by focused pane.
  private mutating func move(_ key: Key) {
    switch focus {
    case .regions: moveRegion(key)
    case .incidents: moveIncident(key)
    case .advisory: moveAdvisory(key)
    }
  }

  private enum Step { case by(Int), first, last }

  private func step(_ key: Key, page: Int) -> Step? {
    switch key {
    case .up, .character("k"): return .by(-1)
    case .down, .character("j"): return .by(1)
    case .pageUp: return .by(-max(1, page))
    case .pageDown: return .by(max(1, page))
    case .home, .character("g"): return .first
    case .end, .character("G"): return .last
    default: return nil
    }
  }

  private mutating func moveRegion(_ key: Key) {
    let last = data.panes.count - 1
    let target: Int
    switch key {
    case .left, .character("h"), .up, .character("k"):
      guard let current = selectedPane, current > 0 else { return }
      target = current - 1
    case .right, .character("l"), .down, .character("j"):
      target = selectedPane.map { min(last, $0 + 1) } ?? 0
    case .home, .character("g"), .pageUp: target = 0
    case .end, .character("G"), .pageDown: target = last
    default: return
    }
    if target != selectedPane { selectPane(target) }
  }

  private mutating func moveIncident(_ key: Key) {
    guard let step = step(key, page: layout.incidentRows), !visibleRows.isEmpty else { return }
    let before = selectedRow
    switch step {
    case .by(let delta): selectedRow = max(0, min(visibleRows.count - 1, selectedRow + delta))
    case .first: selectedRow = 0
    case .last: selectedRow = visibleRows.count - 1
    }
    if case .by(let delta) = step, abs(delta) > 1 {
      incidentScroll += selectedRow - before
    }
    if selectedRow != before { advisoryScroll = 0 }
    clampScrolls()
  }

  private mutating func moveAdvisory(_ key: Key) {
    switch key {
    case .left, .character("h"), .right, .character("l"):
      guard !isDetailOpen, let pane = selectedRegionPane else { return }
      let count = pane.assessment.advisories.count
      let older = key == .right || key == .character("l")
      let target = max(0, min(count - 1, advisoryIndex + (older ? 1 : -1)))
      if count > 0, target != advisoryIndex {
        advisoryIndex = target
        advisoryScroll = 0
      }
      return
    default: break
    }
    let rows = layout.advisoryRows
    guard let step = step(key, page: rows) else { return }
    let lineCount = AdvisoryContent.lines(self, width: layout.advisoryTextWidth).count
    let maxScroll = max(0, lineCount - rows)
    switch step {
    case .by(let delta): advisoryScroll = max(0, min(maxScroll, advisoryScroll + delta))
    case .first: advisoryScroll = 0
    case .last: advisoryScroll = maxScroll
    }
  }

  /// Selects a region pane (nil: all regions) and shows its incidents from the top.
  mutating func selectPane(_ pane: Int?) {
    selectedPane = pane
    recomputeVisibleRows()
    selectedRow = 0
    incidentScroll = 0
    advisoryScroll = 0
    advisoryIndex = 0
  }

  private mutating func handleFilterKey(_ key: Key) -> AppEffect {
    switch key {
    case .character(let c):
      let printable = !c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
      if printable { setFilter(filter + String(c)) }
    case .backspace:
      if !filter.isEmpty { setFilter(String(filter.dropLast())) }
    case .enter:
      isEditingFilter = false
    case .escape:
      isEditingFilter = false
      setFilter("")
    case .up, .down, .pageUp, .pageDown:
      moveIncident(key)
    default: break
    }
    return .none
  }

  private mutating func handleOverlayKey(_ key: Key) -> AppEffect {
    switch options.keys.action(for: key) {
    case .quit: return .quit
    case .help:
      if overlay == .help { overlay = nil } else { openOverlay(.help) }
      return .none
    case .warnings:
      if overlay == .warnings { overlay = nil } else { openOverlay(.warnings) }
      return .none
    default: break
    }
    switch key {
    case .escape: overlay = nil
    default:
      let lineCount = overlayLines(width: OverlayGeometry.textWidth(screenWidth)).count
      let rows = OverlayGeometry.textRows(screenHeight, lineCount: lineCount)
      guard let step = step(key, page: rows) else { break }
      let maxScroll = max(0, lineCount - rows)
      switch step {
      case .by(let delta): overlayScroll = max(0, min(maxScroll, overlayScroll + delta))
      case .first: overlayScroll = 0
      case .last: overlayScroll = maxScroll
      }
    }
    return .none
  }

  /// The lines of the open overlay.
  func overlayLines(width: Int) -> [StyledLine] {
    switch overlay {
    case .help: return HelpContent.lines(width: width, keys: options.keys)
    case .warnings: return WarningsContent.lines(data, width: width)
    case nil: return []
    }
  }
}
