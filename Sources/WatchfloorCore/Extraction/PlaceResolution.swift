/// Where an incident happened, and the words that said so.
public struct PlaceResolution: Hashable, Sendable {
  public var region: Region?
  /// The place as named in the text.
  public var location: String?
  /// The words the region was read from ("Menaka region", "(Bankass, Mopti)", "Ansongo").
  public var evidence: String?
  /// True when the only place named is one the event did not happen in ("headed to Gao",
  /// "fighters from Ké-Macina"): a place named elsewhere in the report is a better answer.
  public var isDestinationOnly = false
  /// True when a coder's note names the place ("coded as X"): it beats places read otherwise.
  public var isCoded = false
}
