/// Finds multi-word names in token sequences: longest match first, names folded with
/// ``TextFolding/key(_:)`` so case, diacritics, hyphens and apostrophes do not count.
public struct PhraseIndex<Value: Sendable>: Sendable {
  private var values: [String: [Value]] = [:]
  private var firstWords: Set<String> = []
  private var longest = 1

  public init() {}

  /// Adds `value` under `name` (any spelling).
  public mutating func add(_ name: String, _ value: Value) {
    let key = TextFolding.key(name)
    guard !key.isEmpty else { return }
    values[key, default: []].append(value)
    let words = key.split(separator: " ")
    firstWords.insert(String(words[0]))
    longest = max(longest, words.count)
  }

  /// The values stored under exactly this name.
  public func lookup(_ name: String) -> [Value] { values[TextFolding.key(name)] ?? [] }

  /// The longest name starting at token `i`: its values and the index after it.
  public func match(_ tokens: [TextToken], at i: Int) -> (values: [Value], next: Int)? {
    guard i < tokens.count, firstWords.contains(tokens[i].folded) else { return nil }
    var n = min(longest, tokens.count - i)
    while n >= 1 {
      let key = tokens[i..<(i + n)].map(\.folded).joined(separator: " ")
      if let found = values[key] { return (found, i + n) }
      n -= 1
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
