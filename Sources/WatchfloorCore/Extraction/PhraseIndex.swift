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
  /// A bit per ``signature(_:)`` of the first words: most tokens start no name, and this
  /// rejects them without hashing the word.
  private var firstWords = [UInt64](repeating: 0, count: PhraseIndex.signatureSpace / 64)
  /// String equality is canonical equivalence, so bytes prove inequality only between ASCII
  /// words: the filter is used for ASCII tokens, and only while every first word is ASCII
  /// (folded names nearly always are).
  private var firstWordsAreASCII = true

  private static var signatureSpace: Int { 1 << 14 }

  /// A cheap fingerprint of a word (length, first and last bytes): equal words have equal
  /// signatures, so a clear bit proves the word starts no name. Nil for a non-ASCII word.
  private static func signature(_ word: String) -> Int? {
    let fast = word.utf8.withContiguousStorageIfAvailable { bytes in signature(bytes) }
    return fast ?? signature(Array(word.utf8))
  }

  private static func signature(_ bytes: some RandomAccessCollection<UInt8>) -> Int? {
    guard let first = bytes.first, let last = bytes.last else { return 0 }
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    let mixed =
      UInt32(truncatingIfNeeded: bytes.count) &* 0x9E37_79B1 ^ UInt32(first) &* 0x85EB_CA6B
      ^ UInt32(last) &* 0xC2B2_AE35
    return Int((mixed ^ (mixed >> 15)) & UInt32(signatureSpace - 1))
  }

  private func mayStartName(_ word: String) -> Bool {
    guard firstWordsAreASCII, let bit = Self.signature(word) else { return true }
    return firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  public init() {}

  /// Adds `value` under `name` (any spelling).
  public mutating func add(_ name: String, _ value: Value) {
    let key = TextFolding.key(name)
    guard !key.isEmpty else { return }
    var node = 0
    let words = key.split(separator: " ").map(String.init)
    if let bit = Self.signature(words[0]) {
      firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
    } else {
      firstWordsAreASCII = false
    }
    for word in words {
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
    guard i >= 0, i < tokens.count, mayStartName(tokens[i].folded) else { return nil }
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
