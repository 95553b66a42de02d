/// Selects the incidents that count for one region as of a day.
///
/// - Roll-up: incidents in a region created in 2023 count for its parent unless the child is
///   itself watched (``RegionCatalog/region(_:countsFor:watchedSet:)``).
/// - As known on the as-of day: incidents after it, and reports dated after it, are left out.
/// - The same event told by two reports (same region, date, precision and place — or event type
///   when no place is given) counts once, with the highest death toll and all actors.
enum RegionIncidents {
  static func select(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day, catalog: RegionCatalog
  ) -> [CountedIncident] {
    var byKey: [String: Int] = [:]
    var sourceOfKey: [String: String] = [:]
    var counted: [CountedIncident] = []
    for report in corpus.reports where report.date.map({ $0 <= asOf }) ?? true {
      for incident in report.incidents {
        guard let place = incident.region, catalog.region(place, countsFor: region, watchedSet: watched),
          let item = CountedIncident(incident, asOf: asOf)
        else { continue }
        let key = dedupKey(incident)
        if let index = byKey[key], sourceOfKey[key] != report.path {
          counted[index].incident = merged(counted[index].incident, incident)
          continue
        }
        if byKey[key] == nil {
          byKey[key] = counted.count
          sourceOfKey[key] = report.path
        }
        counted.append(item)
      }
    }
    return counted
  }

  private static func dedupKey(_ incident: Incident) -> String {
    let date = incident.date.map { "\($0.day.iso)/\($0.precision.rawValue)" } ?? "-"
    let what =
      incident.location.map { "@" + TextFolding.key($0) } ?? (incident.eventType?.rawValue ?? "?")
    return "\(incident.region?.name ?? "")|\(date)|\(what)"
  }

  private static func merged(_ kept: Incident, _ other: Incident) -> Incident {
    var result = kept
    if let deaths = other.fatalities, deaths > (kept.fatalities ?? -1) { result.fatalities = deaths }
    for actor in other.actors where !result.actors.contains(actor) { result.actors.append(actor) }
    if result.eventType == nil { result.eventType = other.eventType }
    result.isMainEvent = kept.isMainEvent || other.isMainEvent
    return result
  }
}
