/// Finds the actors named in a sentence with the ``ActorTable``.
public struct ActorMatcher: Sendable {
  public let table: ActorTable

  public init(table: ActorTable = .bundled) { self.table = table }

  /// Every actor named in `tokens`, in order.
  public func mentions(in tokens: [TextToken]) -> [ActorMention] {
    var result: [ActorMention] = []
    var i = 0
    while i < tokens.count {
      guard let (aliases, next) = table.index.match(tokens, at: i) else {
        i += 1
        continue
      }
      // The words as written, joined once: the exact spelling test and the mention's phrase.
      let phrase = TextToken.phrase(tokens, i..<next)
      let alias = aliases.first { alias in
        guard let required = alias.exactText else { return true }
        return required.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
          == phrase
      }
      guard let alias else {
        i += 1
        continue
      }
      // "anti-government", "pro-France": the word qualifies something else.
      if i > 0, Self.isPrefixWord(tokens[i - 1].folded), tokens[i - 1].following == "-" {
        i = next
        continue
      }
      // "GATIA militiamen", "JNIM militants": a generic word right after a named group is
      // that group.
      if let previous = result.last, previous.tokens.upperBound == i,
        alias.actorClass == .unidentified || alias.actorClass == .militia,
        alias.name == "Unidentified armed group"
          || alias.name == "Communal militia", previous.name != alias.name
      {
        i = next
        continue
      }
      let qualifier =
        (tokens[next - 1].following == "-" && next < tokens.count
          && qualifierWords.contains(tokens[next].folded))
        || (next < tokens.count && qualifierWords.contains(tokens[next].folded)
          && Self.isAllianceWord(tokens[next].folded))
      result.append(
        ActorMention(
          name: alias.name, actorClass: alias.actorClass, tokens: i..<next,
          phrase: phrase, isQualifier: qualifier))
      i = next
    }
    return result
  }

  /// "anti", "pro", "ex", "former" (a switch: an array literal here was built per match).
  private static func isPrefixWord(_ word: String) -> Bool {
    switch word {
    case "anti", "pro", "ex", "former": true
    default: false
    }
  }

  private static func isAllianceWord(_ word: String) -> Bool {
    switch word {
    case "linked", "affiliated", "aligned", "allied": true
    default: false
    }
  }

  private let qualifierWords: Set<String> = [
    "linked", "affiliated", "aligned", "allied", "backed", "inspired", "affiliate", "led", "related",
    "loyal", "supporting", "held", "controlled", "owned", "run", "dominated", "sponsored",
  ]
}
