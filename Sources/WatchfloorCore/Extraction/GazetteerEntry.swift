/// One row of `gazetteer.tsv`: a place of Mali and the region it lies in.
public struct GazetteerEntry: Hashable, Sendable {
  /// What sort of place a row names.
  public enum Kind: String, Sendable, Hashable {
    case region, cercle, commune, town, village, site
  }

  public var name: String
  /// The pre-2023 region (Kayes … Ménaka, Bamako).
  public var region: Region
  /// The region under the 2023 law when it differs (Bandiagara, Douentza, San …).
  public var region2023: Region?
  public var kind: Kind
  /// The cercle the place lies in, if known.
  public var cercle: String?
  public var aliases: [String]

  public init(
    name: String, region: Region, region2023: Region? = nil, kind: Kind, cercle: String? = nil,
    aliases: [String] = []
  ) {
    self.name = name
    self.region = region
    self.region2023 = region2023
    self.kind = kind
    self.cercle = cercle
    self.aliases = aliases
  }
}
