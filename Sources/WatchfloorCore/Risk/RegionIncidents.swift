/// Selects the incidents that count for one region as of a day.
///
/// - Roll-up: incidents in a region created in 2023 count for its parent unless the child is
///   itself watched (``RegionCatalog/region(_:countsFor:watchedSet:)``).
/// - As known on the as-of day: incidents after it, and reports dated after it, are left out.
/// - The same event told by two reports (same region, date, precision and place — or event type
///   when no place is given) counts once, with the highest death toll and all actors.
///
/// The counting rule is ``Tally``; it is fed either by a scan of the whole corpus (``select``) or
/// by a ``RiskIndex`` that already has each region's incidents in corpus order.
enum RegionIncidents {
  static func select(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day, catalog: RegionCatalog
  ) -> [CountedIncident] {
    var tally = Tally(asOf: asOf)
    for report in corpus.reports where report.date.map({ $0 <= asOf }) ?? true {
      for incident in report.incidents {
        guard let place = incident.region, catalog.region(place, countsFor: region, watchedSet: watched)
        else { continue }
        tally.offer(incident, from: report.path, key: dedupKey(incident))
      }
    }
    return tally.counted
  }

  /// Counts incidents offered in corpus order (reports by path, incidents in report order),
  /// each already known to count for the region and to come from a report dated no later
  /// than the as-of day.
  struct Tally {
    let asOf: Day
    private(set) var counted: [CountedIncident] = []
    /// The first counted incident with each key, and the report it came from.
    private var firstByKey: [String: (index: Int, path: String)] = [:]

    init(asOf: Day) { self.asOf = asOf }

    /// Counts `incident` of report `path`, or merges it into the same event from another report.
    mutating func offer(_ incident: Incident, from path: String, key: @autoclosure () -> String) {
      guard let item = CountedIncident(incident, asOf: asOf) else { return }
      let key = key()
      if let first = firstByKey[key] {
        if first.path != path {
          counted[first.index].incident = merged(counted[first.index].incident, incident)
          return
        }
      } else {
        firstByKey[key] = (counted.count, path)
      }
      counted.append(item)
    }
  }

  /// What makes two incidents the same event for counting.
  static func dedupKey(_ incident: Incident) -> String {
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
