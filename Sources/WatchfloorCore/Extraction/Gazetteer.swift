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
    // Every key, repeats included: ``SpellingVariants`` keeps each once.
    var allKeys: [String] = []
    for entry in entries {
      // Spellings that fold to the same key ("Gabriel Touré", "Gabriel Toure") are one name.
      var keys: [String] = []
      for name in CollectionOfOne(entry.name) + entry.aliases {
        let key = TextFolding.key(name)
        guard !keys.contains(key) else { continue }
        keys.append(key)
        places.add(name, entry)
      }
      allKeys += keys
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
      let aliases = cells.count > 5 ? Self.aliases(cells[5]) : []
      entries.append(
        GazetteerEntry(
          name: cells[0], region: region, region2023: region2023, kind: kind, cercle: cercle,
          aliases: aliases))
    }
    self.init(entries: entries, regions: regions)
  }

  /// The `|`-separated spellings of an aliases cell, empty ones dropped: as
  /// `cell.split(separator: "|")`, cut at the bytes when no `|` can be part of a larger
  /// `Character` (no byte outside ASCII next to one, and no `\r`).
  static func aliases(_ cell: String) -> [String] {
    let bytes = Array(cell.utf8)
    let bar = UInt8(ascii: "|")
    let joinable = bytes.indices.contains { i in
      bytes[i] == 0x0D
        || bytes[i] == bar && (i > 0 && bytes[i - 1] >= 0x80 || i + 1 < bytes.count && bytes[i + 1] >= 0x80)
    }
    guard !joinable else { return cell.split(separator: "|").map(String.init) }
    return bytes.split(separator: bar).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The gazetteer shipped in the package resources, loaded once.
  public static let bundled = Gazetteer(tsv: ResourceText.load("gazetteer"), regions: .bundled)

  /// The pre-2023 region a region name stands for (Bandiagara → Mopti; Gao → Gao).
  public func preReform(_ region: Region) -> Region { regions.parent(of: region) ?? region }
}
