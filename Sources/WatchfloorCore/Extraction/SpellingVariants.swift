/// Finds the one-word place names that a misspelt word stands for ("Timbutku" → Timbuktu,
/// "Toukoroboa" → Toukoroba): one letter added or dropped, or two neighbours swapped.
///
/// Reporters transliterate Malian names freely, so a name the gazetteer does not know exactly is
/// often one keystroke away from one it does. Only long names take part (``minimumLength``
/// letters or more) and the first letter must agree: short names and first letters are where
/// distinct villages differ ("Soumpou", "Toumpou"), so those never turn into one another.
struct SpellingVariants: Sendable {
  /// Names shorter than this (folded) are matched exactly or not at all.
  static let minimumLength = 7

  /// The indexed names: long one-word folded names, each once, in a fixed order.
  private let names: [String]
  /// For the all-ASCII names: ``variantKey(_:skipping:)`` of each name and of each of its
  /// one-letter deletions, sorted, each (key, name) pair once; ``variantNames`` holds the index
  /// of the name each key came from. A lookup is a binary search (no hashing of the key again).
  private let variantKeys: [UInt64]
  private let variantNames: [Int32]
  /// The indices of the names with a byte outside ASCII, checked against every word.
  private let otherNames: [Int32]
  /// The indices of all names by their first `Character`, for a word with a non-ASCII byte.
  private let byFirst: [Character: [Int32]]

  /// An index over the folded one-word `names`.
  ///
  /// A word finds a name when they share a one-letter deletion (or one is the deletion of the
  /// other); ``isOneEditApart(_:_:)`` implies that, so ``names(near:)`` only has to draw
  /// candidates that include every such name and then apply the exact test. For an ASCII word
  /// and an ASCII name the shared deletion is found by its FNV-1a hash (a collision only adds a
  /// candidate); any other pair is tested directly.
  init(names: some Sequence<String>) {
    let kept = Set(names).filter {
      Self.hasAtLeast(Self.minimumLength, charactersIn: $0) && !Self.containsSpace($0)
    }
    .sorted()
    var pairs: [(key: UInt64, name: Int32)] = []
    var otherNames: [Int32] = []
    var byFirst: [Character: [Int32]] = [:]
    for (index, name) in kept.enumerated() {
      let id = Int32(index)
      byFirst[name.first!, default: []].append(id)
      guard Self.isPlainASCII(name) else {
        otherNames.append(id)
        continue
      }
      let bytes = Array(name.utf8)
      for skipped in 0...bytes.count { pairs.append((Self.variantKey(bytes, skipping: skipped), id)) }
    }
    pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.name < $1.name }
    var variantKeys: [UInt64] = []
    var variantNames: [Int32] = []
    variantKeys.reserveCapacity(pairs.count)
    variantNames.reserveCapacity(pairs.count)
    for pair in pairs where variantKeys.last != pair.key || variantNames.last != pair.name {
      variantKeys.append(pair.key)
      variantNames.append(pair.name)
    }
    self.names = kept
    self.variantKeys = variantKeys
    self.variantNames = variantNames
    self.otherNames = otherNames
    self.byFirst = byFirst
  }

  /// The folded names within one edit of the folded `word`, other than the word itself.
  func names(near word: String) -> [String] {
    guard Self.hasAtLeast(Self.minimumLength - 1, charactersIn: word), !Self.containsSpace(word) else {
      return []
    }
    var found: Set<String> = []
    func test(_ id: Int32) {
      let name = names[Int(id)]
      if name != word && name.first == word.first && Self.isOneEditApart(name, word) {
        found.insert(name)
      }
    }
    for id in otherNames { test(id) }
    if Self.isPlainASCII(word) {
      let bytes = Array(word.utf8)
      for skipped in 0...bytes.count {
        let key = Self.variantKey(bytes, skipping: skipped)
        var at = firstVariant(notBelow: key)
        while at < variantKeys.count, variantKeys[at] == key {
          test(variantNames[at])
          at += 1
        }
      }
    } else if let first = word.first {
      for id in byFirst[first] ?? [] { test(id) }
    }
    return found.sorted()
  }

  /// The index of the first ``variantKeys`` entry not below `key`.
  private func firstVariant(notBelow key: UInt64) -> Int {
    var low = 0
    var high = variantKeys.count
    while low < high {
      let mid = (low + high) / 2
      if variantKeys[mid] < key { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// `word.count >= n`, without counting `Character`s when every byte is one.
  static func hasAtLeast(_ n: Int, charactersIn word: String) -> Bool {
    // A `Character` has at least one byte.
    guard word.utf8.count >= n else { return false }
    return isPlainASCII(word) || word.count >= n
  }

  /// `word.contains(" ")` (the `StringProtocol` search), without the search when no byte is a
  /// space (nothing else is canonically equivalent to one) or every byte is a `Character`.
  private static func containsSpace(_ word: String) -> Bool {
    guard word.utf8.contains(0x20) else { return false }
    return isPlainASCII(word) || word.contains(" ")
  }

  /// All bytes ASCII and no `\r` (which may join the next byte into one `Character`): every byte
  /// is then a `Character` of its own, and byte equality is `String` equality.
  private static func isPlainASCII(_ word: String) -> Bool {
    word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  /// FNV-1a of `bytes` without the byte at `skipped` (nothing skipped when it is `bytes.count`).
  private static func variantKey(_ bytes: [UInt8], skipping skipped: Int) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, byte) in bytes.enumerated() where index != skipped {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    // The length keeps the whole word and its deletions apart even when their bytes collide.
    return hash ^ UInt64(skipped == bytes.count ? bytes.count : bytes.count - 1) << 56
  }

  /// True when one letter added or dropped, or two neighbours swapped, turn `a` into `b`.
  static func isOneEditApart(_ a: String, _ b: String) -> Bool {
    let x = Array(a)
    let y = Array(b)
    guard abs(x.count - y.count) <= 1, x != y else { return false }
    var i = 0
    while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
    if x.count == y.count {
      // Two neighbours swapped. A changed letter is not enough: "Sankoro" and "Sankoré",
      // "Orossagou" and "Ogossagou" are different places.
      return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
    }
    let (long, short) = x.count > y.count ? (x, y) : (y, x)
    return long[(i + 1)...] == short[i...]
  }
}
