/// A corpus arranged for rating regions quickly and for updating report by report: each
/// region's incidents in corpus order, and the ``AdviceIndex``. Counting groups the region's
/// candidates with ``IncidentGrouper`` as the corpus scan does (``RegionIncidents``).
///
/// ``RiskAssessor/assess(region:watched:index:asOf:)`` on an index gives the same assessment as
/// ``RiskAssessor/assess(region:watched:corpus:asOf:)`` on the corpus it describes, at the cost of
/// the region's own incidents instead of the whole corpus. After a reload, ``update(removing:adding:)``
/// swaps the changed reports and says which regions may now be rated differently.
///
/// Incremental updates assume reports are in path order (UTF-8 bytes), as ``CorpusStore`` and
/// ``CorpusLoader`` keep them.
public struct RiskIndex: Sendable {
  /// An incident of a report, where the report sits in the corpus.
  struct Placed: Sendable {
    var path: String
    var reportDate: Day?
    /// Position of the report in the corpus the index was built from (for a corpus not in path
    /// order; updates need path order).
    var position: Int
    /// Position of the incident in its report.
    var ordinal: Int
    var incident: Incident
  }

  public let catalog: RegionCatalog
  /// Incidents by their own region (before roll-up), in corpus order.
  private(set) var placedByRegion: [Region: [Placed]] = [:]
  /// The corpus's advice.
  public private(set) var advice: AdviceIndex
  /// Whether the reports were in path order (UTF-8 bytes); only then can the index be updated.
  public let isPathOrdered: Bool

  /// Indexes every report of `corpus`, in its order.
  public init(corpus: Corpus, catalog: RegionCatalog = .bundled) {
    self.catalog = catalog
    advice = AdviceIndex(corpus: corpus, catalog: catalog)
    isPathOrdered = zip(corpus.reports, corpus.reports.dropFirst()).allSatisfy {
      $0.path.utf8.lexicographicallyPrecedes($1.path.utf8)
    }
    for (position, report) in corpus.reports.enumerated() {
      for (ordinal, incident) in report.incidents.enumerated() {
        guard let region = incident.region else { continue }
        placedByRegion[region, default: []].append(Self.placed(incident, ordinal, of: report, position))
      }
    }
  }

  /// Replaces reports: `removing` leave the index (by path), `adding` enter it at their path's
  /// place. A modified report is in both lists (old and new version).
  /// - Returns: the regions whose assessment may differ now (those the old or new reports'
  ///   incidents or advice concern, and the regions they roll up into).
  /// - Precondition: ``isPathOrdered``.
  @discardableResult
  public mutating func update(removing: [Report], adding: [Report]) -> Set<Region> {
    precondition(isPathOrdered, "RiskIndex.update needs reports in path order")
    var touched = Set<Region>()
    for report in removing {
      touched.formUnion(advice.regions(ofReportAt: report.path))
      advice.remove(path: report.path)
      for region in Set(report.incidents.compactMap(\.region)) {
        touched.insert(region)
        placedByRegion[region]?.removeAll { $0.path == report.path }
        if placedByRegion[region]?.isEmpty == true { placedByRegion[region] = nil }
      }
    }
    for report in adding {
      advice.add(report)
      touched.formUnion(advice.regions(ofReportAt: report.path))
      var byRegion: [Region: [Placed]] = [:]
      for (ordinal, incident) in report.incidents.enumerated() {
        guard let region = incident.region else { continue }
        byRegion[region, default: []].append(Self.placed(incident, ordinal, of: report, 0))
      }
      for (region, placed) in byRegion {
        touched.insert(region)
        var list = placedByRegion.removeValue(forKey: region) ?? []
        list.insert(contentsOf: placed, at: Self.insertionPoint(of: report.path, in: list))
        placedByRegion[region] = list
      }
    }
    for region in touched {
      if let parent = catalog.parent(of: region) { touched.insert(parent) }
    }
    return touched
  }

  /// The incidents that count for `region` as of `asOf`, as ``RegionIncidents/select`` finds them
  /// (roll-up by `catalog`).
  func counted(region: Region, watched: Set<Region>, asOf: Day, catalog: RegionCatalog) -> [CountedIncident] {
    var candidates: [Incident] = []
    for (place, list) in placedByRegion where catalog.region(place, countsFor: region, watchedSet: watched) {
      for placed in list where placed.reportDate.map({ $0 <= asOf }) ?? true {
        candidates.append(placed.incident)
      }
    }
    return RegionIncidents.counted(candidates, asOf: asOf, catalog: catalog)
  }

  private static func placed(
    _ incident: Incident, _ ordinal: Int, of report: Report, _ position: Int
  ) -> Placed {
    Placed(
      path: report.path, reportDate: report.date, position: position, ordinal: ordinal,
      incident: incident)
  }

  /// Where a report at `path` goes in a list in path order.
  private static func insertionPoint(of path: String, in list: [Placed]) -> Int {
    var (low, high) = (0, list.count)
    while low < high {
      let middle = (low + high) / 2
      if list[middle].path.utf8.lexicographicallyPrecedes(path.utf8) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }
}
