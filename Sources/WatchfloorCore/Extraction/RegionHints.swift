/// Weak hints at a region ("Dogon" → Mopti) from the `region_hints.tsv` resource, used only
/// when an incident names no place, and to choose between places of the same name. Rows
/// earlier in the table are stronger: when a text holds several hints, the one listed first
/// wins.
public struct RegionHints: Sendable {
  /// A hint's region and its row in the table (lower is stronger).
  public struct Hint: Sendable, Hashable {
    public var region: Region
    public var rank: Int
    /// Folded names of cercles outside ``region`` where the group also operates (the optional
    /// `also` column): they count only when choosing between villages of the same name.
    public var alsoCercles: [String] = []
  }

  /// What a report's hints say about where it is: the hinted regions, and the cercles of the
  /// `also` column of those hints.
  public struct Areas: Sendable, Equatable {
    public var regions: Set<Region> = []
    public var cercles: Set<String> = []
  }

  public let index: PhraseIndex<Hint>

  public init(tsv: String, regions: RegionCatalog) {
    var index = PhraseIndex<Hint>()
    var rank = 0
    for cells in ResourceText.rows(tsv, header: "phrase") where cells.count >= 2 {
      guard let region = regions.region(named: cells[1]) else { continue }
      let also = cells.count >= 3 ? cells[2].split(separator: "|").map { TextFolding.key($0) } : []
      index.add(cells[0], Hint(region: region, rank: rank, alsoCercles: also))
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
  public func regions(in sentences: [[TextToken]]) -> Set<Region> { areas(in: sentences).regions }

  /// Every region hinted at in `sentences`, and the cercles where the hinted groups also
  /// operate (used to choose between places of the same name).
  public func areas(in sentences: [[TextToken]]) -> Areas {
    var found = Areas()
    for tokens in sentences {
      for match in index.matches(in: tokens) {
        for hint in match.values {
          found.regions.insert(hint.region)
          found.cercles.formUnion(hint.alsoCercles)
        }
      }
    }
    return found
  }
}
