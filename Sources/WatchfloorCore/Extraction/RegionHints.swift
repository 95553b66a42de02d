/// Weak hints at a region ("Dogon" → Mopti) from the `region_hints.tsv` resource, used only
/// when an incident names no place. Rows earlier in the table are stronger: when a text holds
/// several hints, the one listed first wins.
public struct RegionHints: Sendable {
  /// A hint's region and its row in the table (lower is stronger).
  public struct Hint: Sendable, Hashable {
    public var region: Region
    public var rank: Int
  }

  public let index: PhraseIndex<Hint>

  public init(tsv: String, regions: RegionCatalog) {
    var index = PhraseIndex<Hint>()
    var rank = 0
    for cells in ResourceText.rows(tsv, header: "phrase") where cells.count >= 2 {
      guard let region = regions.region(named: cells[1]) else { continue }
      index.add(cells[0], Hint(region: region, rank: rank))
      rank += 1
    }
    self.index = index
  }

  /// The hints shipped in the package resources, loaded once.
  public static let bundled = RegionHints(tsv: ResourceText.load("region_hints"), regions: .bundled)

  /// The strongest hint in `sentences` (earliest in the table; in text order on a tie) and the
  /// words it came from.
  public func hint(in sentences: [[TextToken]]) -> (region: Region, words: String)? {
    var best: (hint: Hint, words: String)?
    for tokens in sentences {
      for match in index.matches(in: tokens) {
        guard let found = match.values.min(by: { $0.rank < $1.rank }) else { continue }
        if best == nil || found.rank < best!.hint.rank {
          best = (found, tokens[match.range].map(\.text).joined(separator: " "))
        }
      }
    }
    return best.map { ($0.hint.region, $0.words) }
  }

  /// Every region hinted at in `sentences` (used to choose between places of the same name).
  public func regions(in sentences: [[TextToken]]) -> Set<Region> {
    var found: Set<Region> = []
    for tokens in sentences {
      for match in index.matches(in: tokens) { found.formUnion(match.values.map(\.region)) }
    }
    return found
  }
}
