/// Canonical actors and their spellings, from the `actors.tsv` resource.
public struct ActorTable: Sendable {
  /// One spelling of an actor.
  public struct Alias: Sendable, Hashable {
    public var name: String
    public var actorClass: ActorClass
    /// For case-sensitive aliases (`=IS`), the exact words required.
    public var exactText: String?
  }

  public let classes: [String: ActorClass]
  public let index: PhraseIndex<Alias>

  /// Parses `name<TAB>class<TAB>aliases` rows.
  public init(tsv: String) {
    var classes: [String: ActorClass] = [:]
    var index = PhraseIndex<Alias>()
    for cells in ResourceText.rows(tsv, header: "name") where cells.count >= 2 {
      let name = cells[0]
      let actorClass = ActorClass(rawValue: cells[1]) ?? .unidentified
      classes[name] = actorClass
      index.add(name, Alias(name: name, actorClass: actorClass, exactText: nil))
      guard cells.count >= 3 else { continue }
      for alias in cells[2].split(separator: "|") {
        if alias.hasPrefix("=") {
          let exact = String(alias.dropFirst())
          index.add(exact, Alias(name: name, actorClass: actorClass, exactText: exact))
        } else {
          index.add(String(alias), Alias(name: name, actorClass: actorClass, exactText: nil))
        }
      }
    }
    self.classes = classes
    self.index = index
  }

  /// The table shipped in the package resources, loaded once.
  public static let bundled = ActorTable(tsv: ResourceText.load("actors"))
}
