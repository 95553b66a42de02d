/// The regions where most of Mali's armed violence happens (the centre and the north), from
/// the `conflict_zone.tsv` resource: the last way to choose between villages of the same name
/// in different regions, when the report itself gives no clue.
public struct ConflictZone: Sendable {
  /// The regions of the zone.
  public let regions: Set<Region>

  /// The zone listed in `tsv` (one region name per row under a `region` header).
  public init(tsv: String, regions catalog: RegionCatalog) {
    var regions: Set<Region> = []
    for cells in ResourceText.rows(tsv, header: "region") {
      if let first = cells.first, let region = catalog.region(named: first) { regions.insert(region) }
    }
    self.regions = regions
  }

  /// A zone of the given regions (tests).
  public init(regions: Set<Region>) { self.regions = regions }

  /// The zone shipped in the package resources, loaded once.
  public static let bundled = ConflictZone(tsv: ResourceText.load("conflict_zone"), regions: .bundled)

  /// No zone: same-named villages of several regions stay unresolved (tests that pin other rules).
  public static let none = ConflictZone(regions: [])
}
