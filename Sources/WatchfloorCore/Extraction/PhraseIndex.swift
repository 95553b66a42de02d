/// Finds multi-word names in token sequences: longest match first, names folded with
/// ``TextFolding/key(_:)`` so case, diacritics, hyphens and apostrophes do not count.
///
/// Names are kept in a trie of folded words, so a match walks the tokens once, one step per
/// word, instead of building and hashing the joined text of every candidate length. A step
/// probes a table keyed by the token's precomputed ``TextToken/wordKey`` (ASCII words; other
/// words take the trie's string dictionaries), and a first-word bitset rejects most tokens
/// before any probe.
public struct PhraseIndex<Value: Sendable>: Sendable {
  /// One trie node: the words that may follow, and the values of the name ending here.
  private struct Node: Sendable {
    var next: [String: Int] = [:]
    var values: [Value] = []
  }

  /// `nodes[0]` is the root; its `next` holds the first words of all names.
  private var nodes: [Node] = [Node()]
  /// The word on the edge into each node (`""` for the root).
  private var words: [String] = [""]
  /// The same edges keyed by ``TextToken/wordKey``, used while every word is ASCII.
  private var edges = WordEdgeTable()
  /// String equality is canonical equivalence, so equal bytes (and keys) decide equality only
  /// between ASCII words: the key table and the first-word filter are used for ASCII tokens,
  /// and only while every word of every name is ASCII (folded names nearly always are).
  private var wordsAreASCII = true
  /// A bit per ``firstWordBit(_:)`` of the first words: most tokens start no name, and this
  /// rejects them with one load.
  private var firstWords = [UInt64](repeating: 0, count: PhraseIndex.firstWordSpace / 64)

  private static var firstWordSpace: Int { 1 << 14 }

  private static func firstWordBit(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 50)
  }

  /// The child of `node` along `token`'s word, or nil.
  @inline(__always)
  private func step(_ node: Int, _ token: TextToken) -> Int? {
    let key = token.wordKey
    guard wordsAreASCII, key != 0 else { return nodes[node].next[token.folded] }
    guard let child = edges.child(of: node, key: key), words[child] == token.folded else { return nil }
    return child
  }

  public init() {}

  /// Adds `value` under `name` (any spelling).
  public mutating func add(_ name: String, _ value: Value) {
    let key = TextFolding.key(name)
    guard !key.isEmpty else { return }
    var node = 0
    let nameWords = key.split(separator: " ").map(String.init)
    let firstKey = TextToken.wordKey(of: nameWords[0])
    if firstKey != 0 {
      let bit = Self.firstWordBit(firstKey)
      firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    for word in nameWords {
      if let child = nodes[node].next[word] {
        node = child
      } else {
        nodes.append(Node())
        words.append(word)
        let child = nodes.count - 1
        nodes[node].next[word] = child
        let wordKey = TextToken.wordKey(of: word)
        if wordKey == 0 {
          wordsAreASCII = false
        } else {
          edges.insert(parent: node, key: wordKey, child: child)
        }
        node = child
      }
    }
    nodes[node].values.append(value)
  }

  /// The values stored under exactly this name.
  public func lookup(_ name: String) -> [Value] {
    let key = TextFolding.key(name)
    guard !key.isEmpty else { return [] }
    var node = 0
    for word in key.split(separator: " ") {
      guard let child = nodes[node].next[String(word)] else { return [] }
      node = child
    }
    return nodes[node].values
  }

  /// The longest name starting at token `i`: its values and the index after it.
  @inline(__always)
  public func match(_ tokens: [TextToken], at i: Int) -> (values: [Value], next: Int)? {
    guard i >= 0, i < tokens.count else { return nil }
    // Most tokens start no name: rejected here, inlined into the caller's loop.
    if wordsAreASCII {
      let key = tokens[i].wordKey
      if key != 0 {
        let bit = Self.firstWordBit(key)
        guard firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
      }
    }
    return walk(tokens, from: i)
  }

  /// ``match(_:at:)`` past the first-word filter: the trie walk.
  @inline(never)
  private func walk(_ tokens: [TextToken], from i: Int) -> (values: [Value], next: Int)? {
    var node = 0
    var k = i
    var best: (node: Int, next: Int)?
    while k < tokens.count, let child = step(node, tokens[k]) {
      node = child
      k += 1
      if !nodes[node].values.isEmpty { best = (node, k) }
    }
    guard let best else { return nil }
    return (nodes[best.node].values, best.next)
  }

  /// The first name in `tokens` (the longest starting at the first token that starts one):
  /// `matches(in: tokens).first` without collecting the others.
  public func firstMatch(in tokens: [TextToken]) -> (values: [Value], range: Range<Int>)? {
    for i in tokens.indices {
      if let (found, next) = match(tokens, at: i) { return (found, i..<next) }
    }
    return nil
  }

  /// Every name in `tokens`, left to right, longest first, not overlapping.
  public func matches(in tokens: [TextToken]) -> [(values: [Value], range: Range<Int>)] {
    var result: [(values: [Value], range: Range<Int>)] = []
    var i = 0
    while i < tokens.count {
      if let (found, next) = match(tokens, at: i) {
        result.append((found, i..<next))
        i = next
      } else {
        i += 1
      }
    }
    return result
  }
}
