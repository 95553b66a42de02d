/// Mali's places mapped to their regions, from the `gazetteer.tsv` resource
/// (`name, region, region_2023, kind, cercle, aliases, source`), plus the region names of
/// ``RegionCatalog``. A name may have several rows; callers resolve those by context.
public struct Gazetteer: Sendable {
  public let entries: [GazetteerEntry]
  public let regions: RegionCatalog
  /// Place names (and aliases) → rows.
  public let places: PhraseIndex<GazetteerEntry>
  /// Region names and spellings (Tombouctou, Menaka …) → region.
  public let regionNames: PhraseIndex<Region>
  /// The one-word place names, to read a misspelt name ("Timbutku").
  let spellings: SpellingVariants

  public init(entries: [GazetteerEntry], regions: RegionCatalog) {
    self.entries = entries
    self.regions = regions
    var places = PhraseIndex<GazetteerEntry>()
    var allKeys: Set<String> = []
    for entry in entries {
      // Spellings that fold to the same key ("Gabriel Touré", "Gabriel Toure") are one name.
      var keys: Set<String> = []
      for name in [entry.name] + entry.aliases where keys.insert(TextFolding.key(name)).inserted {
        places.add(name, entry)
      }
      allKeys.formUnion(keys)
    }
    self.places = places
    self.spellings = SpellingVariants(names: allKeys)
    var regionNames = PhraseIndex<Region>()
    for entry in regions.entries {
      regionNames.add(entry.region.name, entry.region)
      for alias in entry.aliases { regionNames.add(alias, entry.region) }
    }
    self.regionNames = regionNames
  }

  /// Parses the TSV text; rows with an unknown region or kind are skipped.
  public init(tsv: String, regions: RegionCatalog) {
    var entries: [GazetteerEntry] = []
    for cells in ResourceText.rows(tsv, header: "name") where cells.count >= 4 {
      guard let region = regions.region(named: cells[1]) else { continue }
      let region2023 = cells[2].isEmpty ? nil : regions.region(named: cells[2])
      let kind = GazetteerEntry.Kind(rawValue: cells[3].lowercased()) ?? .village
      let cercle = cells.count > 4 && !cells[4].isEmpty ? cells[4] : nil
      let aliases = cells.count > 5 ? cells[5].split(separator: "|").map(String.init) : []
      entries.append(
        GazetteerEntry(
          name: cells[0], region: region, region2023: region2023, kind: kind, cercle: cercle,
          aliases: aliases))
    }
    self.init(entries: entries, regions: regions)
  }

  /// The gazetteer shipped in the package resources, loaded once.
  public static let bundled = Gazetteer(tsv: ResourceText.load("gazetteer"), regions: .bundled)

  /// The pre-2023 region a region name stands for (Bandiagara → Mopti; Gao → Gao).
  public func preReform(_ region: Region) -> Region { regions.parent(of: region) ?? region }
}
