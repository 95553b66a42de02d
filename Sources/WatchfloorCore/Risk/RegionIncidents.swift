/// Selects the incidents that count for one region as of a day.
///
/// - Roll-up: incidents in a region created in 2023 count for its parent unless the child is
///   itself watched (``RegionCatalog/region(_:countsFor:watchedSet:)``).
/// - As known on the as-of day: incidents after it, and reports dated after it, are left out.
/// - The same event told by several reports counts once: ``IncidentGrouper``'s groups (same
///   day, region and event type, tolls that agree), each counted with the highest toll of its
///   members and all their actors.
///
/// ``count(_:asOf:catalog:)`` is the counting rule; it is fed either by a scan of the whole
/// corpus (``select``) or by a ``RiskIndex`` that already has each region's incidents.
enum RegionIncidents {
  static func select(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day, catalog: RegionCatalog
  ) -> [CountedIncident] {
    var candidates: [Incident] = []
    for report in corpus.reports where report.date.map({ $0 <= asOf }) ?? true {
      for incident in report.incidents {
        guard let place = incident.region, catalog.region(place, countsFor: region, watchedSet: watched),
          let date = incident.date, date.day <= asOf
        else { continue }
        candidates.append(incident)
      }
    }
    return count(candidates, asOf: asOf, catalog: catalog)
  }

  /// Counts `candidates` (incidents that count for the region, from reports dated no later
  /// than the as-of day): each group of tellings of one event once.
  static func count(_ candidates: [Incident], asOf: Day, catalog: RegionCatalog) -> [CountedIncident] {
    IncidentGrouper(regions: catalog).group(candidates).compactMap { group in
      CountedIncident(group.merged, asOf: asOf)
    }
  }
}
