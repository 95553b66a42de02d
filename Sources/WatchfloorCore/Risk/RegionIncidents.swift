/// Selects the incidents that count for one region as of a day.
///
/// - Roll-up: incidents in a region created in 2023 count for its parent unless the child is
///   itself watched (``RegionCatalog/region(_:countsFor:watchedSet:)``).
/// - As known on the as-of day: incidents after it, and reports dated after it, are left out.
/// - The same event told by several reports counts once: ``IncidentGrouper``'s groups (same
///   day, region and event type, tolls that agree), each counted with the highest toll of its
///   members and all their actors.
///
/// The candidates come either from a scan of the whole corpus (``select``) or from a
/// ``RiskIndex`` that already has each region's incidents; both end in ``counted(_:asOf:catalog:)``.
enum RegionIncidents {
  static func select(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day, catalog: RegionCatalog
  ) -> [CountedIncident] {
    var candidates: [Incident] = []
    // By index: iterating would copy every report and every incident (a dozen retains each)
    // for each region rated, only to look at the region of most of them.
    let reports = corpus.reports
    for r in reports.indices where reports[r].date.map({ $0 <= asOf }) ?? true {
      let incidents = reports[r].incidents
      for i in incidents.indices {
        guard let place = incidents[i].region, catalog.region(place, countsFor: region, watchedSet: watched)
        else { continue }
        candidates.append(incidents[i])
      }
    }
    return counted(candidates, asOf: asOf, catalog: catalog)
  }

  /// Groups `candidates` (incidents that count for a region, from reports dated no later than
  /// `asOf`) and counts each group once; incidents dated after `asOf` are left out first, so
  /// they never join a group.
  static func counted(_ candidates: [Incident], asOf: Day, catalog: RegionCatalog) -> [CountedIncident] {
    let known = candidates.filter { incident in incident.date.map { $0.day <= asOf } ?? false }
    return IncidentGrouper(regions: catalog).mergedGroups(known).compactMap {
      CountedIncident($0, asOf: asOf)
    }
  }
}
