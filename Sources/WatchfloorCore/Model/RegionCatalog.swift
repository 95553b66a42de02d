internal import Foundation

/// Mali's regions: canonical names, spellings, and the pre-2023 parent of each region
/// created by the 2023 law. Loaded from the `regions.tsv` resource.
public struct RegionCatalog: Sendable {
  /// One row of `regions.tsv`.
  public struct Entry: Sendable, Hashable {
    public var region: Region
    /// Other spellings, e.g. "Tombouctou", "Menaka".
    public var aliases: [String]
    /// For regions created in 2023, the region they were carved from (Bandiagara → Mopti).
    public var parent: Region?
  }

  public let entries: [Entry]
  private let byKey: [String: Region]
  private let parents: [Region: Region]

  public init(entries: [Entry]) {
    self.entries = entries
    var byKey: [String: Region] = [:]
    var parents: [Region: Region] = [:]
    for entry in entries {
      byKey[TextFolding.key(entry.region.name)] = entry.region
      for alias in entry.aliases { byKey[TextFolding.key(alias)] = entry.region }
      if let parent = entry.parent { parents[entry.region] = parent }
    }
    self.byKey = byKey
    self.parents = parents
  }

  /// The catalogue shipped in the package resources.
  public static let bundled: RegionCatalog = {
    guard let url = Bundle.module.url(forResource: "regions", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { fatalError("regions.tsv resource missing from the WatchfloorCore bundle") }
    return RegionCatalog(tsv: text)
  }()

  /// Parses `name<TAB>aliases(|-separated)<TAB>parent` rows; `#` lines and the header are skipped.
  public init(tsv: String) {
    var entries: [Entry] = []
    for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cols.count >= 1, !cols[0].isEmpty, cols[0] != "name" else { continue }
      let aliases = cols.count > 1 ? cols[1].split(separator: "|").map(String.init) : []
      let parent = cols.count > 2 && !cols[2].isEmpty ? Region(cols[2]) : nil
      entries.append(Entry(region: Region(cols[0]), aliases: aliases, parent: parent))
    }
    self.init(entries: entries)
  }

  /// The region with this name or spelling ("Menaka", "tombouctou", "Ségou"), if any.
  public func region(named name: some StringProtocol) -> Region? { byKey[TextFolding.key(name)] }

  /// The pre-2023 region a newer region was carved from, or nil for an older region.
  public func parent(of region: Region) -> Region? { parents[region] }

  /// Whether an incident in `region` counts for the pane of `watched`: the same region, or
  /// a 2023 region whose parent is `watched` (unless that child is itself in `watchedSet`).
  public func region(_ region: Region, countsFor watched: Region, watchedSet: Set<Region>) -> Bool {
    if region == watched { return true }
    if let parent = parents[region], parent == watched, !watchedSet.contains(region) { return true }
    return false
  }

  /// All canonical regions in file order.
  public var regions: [Region] { entries.map(\.region) }
}
