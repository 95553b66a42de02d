/// A named place and the region a watch officer would write after it.
public struct Place: Hashable, Sendable {
  /// The place as written in reports ("Ansongo").
  public var name: String
  /// Its region ("Gao"); for places in regions created in 2023, the new region.
  public var region: String
  /// Relative frequency in generated text: towns are named far more often than villages.
  public var weight: Int

  public init(name: String, region: String, weight: Int) {
    self.name = name
    self.region = region
    self.weight = weight
  }
}
