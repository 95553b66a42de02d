import WatchfloorCore

/// The `--region` and `--since` filters of `incidents`.
struct IncidentFilter {
  /// Keep incidents in this region, or in a 2023 region carved from it.
  var region: Region?
  /// Keep incidents dated on or after this day (undated ones are dropped when set).
  var since: Day?
  var catalog: RegionCatalog = .bundled

  func apply(_ incidents: [Incident]) -> [Incident] {
    incidents.filter { incident in
      if let region {
        guard let found = incident.region,
          catalog.region(found, countsFor: region, watchedSet: [])
        else { return false }
      }
      if let since {
        guard let date = incident.date, date.day >= since else { return false }
      }
      return true
    }
  }
}
