/// A region of Mali, by its canonical name as watch officers write it ("Ménaka", "Timbuktu").
///
/// The set of regions, their spellings and their pre-2023 parents live in the
/// `regions.tsv` resource (see ``RegionCatalog``); this type only carries the name.
public struct Region: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Canonical display name, e.g. "Ménaka".
  public let name: String

  public init(_ name: String) { self.name = name }

  public var description: String { name }

  public static func < (lhs: Region, rhs: Region) -> Bool { lhs.name < rhs.name }
}
