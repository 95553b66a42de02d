/// Weak hints at a region ("Dogon" → Mopti) from the `region_hints.tsv` resource, used only
/// when an incident names no place.
public struct RegionHints: Sendable {
  public let index: PhraseIndex<Region>

  public init(tsv: String, regions: RegionCatalog) {
    var index = PhraseIndex<Region>()
    for cells in ResourceText.rows(tsv, header: "phrase") where cells.count >= 2 {
      guard let region = regions.region(named: cells[1]) else { continue }
      index.add(cells[0], region)
    }
    self.index = index
  }

  /// The hints shipped in the package resources, loaded once.
  public static let bundled = RegionHints(tsv: ResourceText.load("region_hints"), regions: .bundled)

  /// The first hint in `sentences` (in text order) and the words it came from.
  public func hint(in sentences: [[TextToken]]) -> (region: Region, words: String)? {
    for tokens in sentences {
      if let match = index.matches(in: tokens).first, let region = match.values.first {
        return (region, tokens[match.range].map(\.text).joined(separator: " "))
      }
    }
    return nil
  }
}
