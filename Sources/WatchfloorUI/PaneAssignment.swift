import WatchfloorCore

/// Which pane an incident is listed under: the first watched region it counts for (roll-up
/// included), else "Other". Remembers the answer per region.
struct PaneAssignment {
  let watched: [Region]
  let watchedSet: Set<Region>
  let catalog: RegionCatalog
  private var paneOfRegion: [Region: Int32] = [:]

  init(watched: [Region], catalog: RegionCatalog) {
    self.watched = watched
    self.watchedSet = Set(watched)
    self.catalog = catalog
  }

  var otherPane: Int32 { Int32(watched.count) }

  mutating func pane(of incident: Incident) -> Int32 {
    guard let region = incident.region else { return otherPane }
    if let known = paneOfRegion[region] { return known }
    let pane =
      watched.firstIndex { catalog.region(region, countsFor: $0, watchedSet: watchedSet) }
      .map(Int32.init) ?? otherPane
    paneOfRegion[region] = pane
    return pane
  }
}
