/// A death toll read from a sentence.
public struct FatalityReading: Hashable, Sendable {
  /// Number killed, all sides; 0 when the text says nobody died.
  public var count: Int
  /// The words the toll was read from.
  public var phrase: String
  /// True for a cumulative toll ("brings to over 60 the number killed since September").
  public var isAggregate: Bool
}
