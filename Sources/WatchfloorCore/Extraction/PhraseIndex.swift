/// Finds multi-word names in token sequences: longest match first, names folded with
/// ``TextFolding/key(_:)`` so case, diacritics, hyphens and apostrophes do not count.
///
/// Names are kept in a trie of folded words, so a match walks the tokens once, one dictionary
/// step per word, instead of building and hashing the joined text of every candidate length.
public struct PhraseIndex<Value: Sendable>: Sendable {
  /// One trie node: the words that may follow, and the values of the name ending here.
  private struct Node: Sendable {
    var next: [String: Int] = [:]
    var values: [Value] = []
  }

  /// `nodes[0]` is the root; its `next` holds the first words of all names.
  private var nodes: [Node] = [Node()]

  public init() {}

  /// Adds `value` under `name` (any spelling).
  public mutating func add(_ name: String, _ value: Value) {
    let key = TextFolding.key(name)
    guard !key.isEmpty else { return }
    var node = 0
    for word in key.split(separator: " ") {
      let word = String(word)
      if let child = nodes[node].next[word] {
        node = child
      } else {
        nodes.append(Node())
        nodes[node].next[word] = nodes.count - 1
        node = nodes.count - 1
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
  public func match(_ tokens: [TextToken], at i: Int) -> (values: [Value], next: Int)? {
    guard i >= 0 else { return nil }
    var node = 0
    var k = i
    var best: (node: Int, next: Int)?
    while k < tokens.count, let child = nodes[node].next[tokens[k].folded] {
      node = child
      k += 1
      if !nodes[node].values.isEmpty { best = (node, k) }
    }
    guard let best else { return nil }
    return (nodes[best.node].values, best.next)
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
