/// An actor named in a sentence.
public struct ActorMention: Hashable, Sendable {
  /// Canonical name ("JNIM").
  public var name: String
  public var actorClass: ActorClass
  /// Token range of the words it was read from.
  public var tokens: Range<Int>
  /// The words as written.
  public var phrase: String
  /// True when the words describe another actor ("Al-Qaeda-linked JNIM", "IS-aligned groups").
  public var isQualifier: Bool
}
