/// A set of folded words that a token is looked up in by its ``TextToken/wordKey``: one
/// multiply and a probe instead of hashing the string. Tokens or sets with non-ASCII words use
/// a plain `Set<String>` (string equality is canonical equivalence, not bytes).
struct WordSet: Sendable {
  private let strings: Set<String>
  private var table = WordEdgeTable()
  private var words: [String] = []
  private var wordsAreASCII = true

  init(_ members: some Sequence<String>) {
    strings = Set(members)
    for word in strings {
      let key = TextToken.wordKey(of: word)
      guard key != 0 else {
        wordsAreASCII = false
        continue
      }
      table.insert(parent: 0, key: key, child: words.count)
      words.append(word)
    }
  }

  /// Whether the folded word of `tokens[i]` is in the set; reads the token's fields in place
  /// (passing `tokens[i]` itself copies the whole token).
  @inline(__always)
  func contains(_ tokens: [TextToken], at i: Int) -> Bool {
    let key = tokens[i].wordKey
    guard wordsAreASCII, key != 0 else { return strings.contains(tokens[i].folded) }
    guard let index = table.child(of: 0, key: key) else { return false }
    return words[index] == tokens[i].folded
  }

  /// Whether the token's folded word is in the set.
  func contains(_ token: TextToken) -> Bool {
    let key = token.wordKey
    guard wordsAreASCII, key != 0 else { return strings.contains(token.folded) }
    guard let index = table.child(of: 0, key: key) else { return false }
    return words[index] == token.folded
  }
}
