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
      let words = tokens[i..<next]
      let exact = words.map(\.text).joined(separator: " ")
      let candidates = aliases.filter { alias in
        guard let required = alias.exactText else { return true }
        return required.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
          == exact
      }
      guard let alias = candidates.first else {
        i += 1
        continue
      }
      // "anti-government", "pro-France": the word qualifies something else.
      if i > 0, ["anti", "pro", "ex", "former"].contains(tokens[i - 1].folded),
        tokens[i - 1].following == "-"
      {
        i = next
        continue
      }
      let last = tokens[next - 1]
      let qualifier =
        (last.following == "-" && next < tokens.count
          && qualifierWords.contains(tokens[next].folded))
        || (next < tokens.count && qualifierWords.contains(tokens[next].folded)
          && ["linked", "affiliated", "aligned", "allied"].contains(tokens[next].folded))
      result.append(
        ActorMention(
          name: alias.name, actorClass: alias.actorClass, tokens: i..<next,
          phrase: words.map(\.text).joined(separator: " "), isQualifier: qualifier))
      i = next
    }
    return result
  }

  private let qualifierWords: Set<String> = [
    "linked", "affiliated", "aligned", "allied", "backed", "inspired", "affiliate", "led", "related",
    "loyal", "supporting", "held", "controlled", "owned", "run", "dominated", "sponsored",
  ]
}
