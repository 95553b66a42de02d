/// The word lists of the `fatality_cues.tsv` resource.
public struct FatalityCues: Sendable {
  public let death: PhraseIndex<Bool>
  public let killObject: PhraseIndex<Bool>
  public let person: Set<String>
  public let injury: Set<String>
  public let aggregate: PhraseIndex<Bool>
  public let aggregateSentence: PhraseIndex<Bool>
  public let zero: PhraseIndex<Bool>
  public let hedge: PhraseIndex<Bool>
  public let notCount: Set<String>

  public init(tsv: String) {
    var death = PhraseIndex<Bool>()
    var killObject = PhraseIndex<Bool>()
    var aggregate = PhraseIndex<Bool>()
    var aggregateSentence = PhraseIndex<Bool>()
    var zero = PhraseIndex<Bool>()
    var hedge = PhraseIndex<Bool>()
    var person: Set<String> = []
    var injury: Set<String> = []
    var notCount: Set<String> = []
    for cells in ResourceText.rows(tsv, header: "kind") where cells.count >= 2 {
      let phrase = cells[1]
      switch cells[0] {
      case "death": death.add(phrase, true)
      case "kill-object": killObject.add(phrase, true)
      case "aggregate": aggregate.add(phrase, true)
      case "aggregate-sentence": aggregateSentence.add(phrase, true)
      case "zero": zero.add(phrase, true)
      case "hedge": hedge.add(phrase, true)
      case "person": person.insert(TextFolding.key(phrase))
      case "injury": injury.insert(TextFolding.key(phrase))
      case "not-count": notCount.insert(TextFolding.key(phrase))
      default: continue
      }
    }
    self.death = death
    self.killObject = killObject
    self.aggregate = aggregate
    self.aggregateSentence = aggregateSentence
    self.zero = zero
    self.hedge = hedge
    self.person = person
    self.injury = injury
    self.notCount = notCount
  }

  /// The cues shipped in the package resources, loaded once.
  public static let bundled = FatalityCues(tsv: ResourceText.load("fatality_cues"))
}
