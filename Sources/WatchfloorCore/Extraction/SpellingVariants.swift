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

  /// Each folded name and each of its one-letter deletions → the folded names it came from.
  private let deletions: [String: [String]]

  /// An index over the folded one-word `names`.
  init(names: some Sequence<String>) {
    var deletions: [String: [String]] = [:]
    for name in Set(names) where name.count >= Self.minimumLength && !name.contains(" ") {
      for variant in Self.withOneDeletion(name) + [name] where deletions[variant]?.last != name {
        deletions[variant, default: []].append(name)
      }
    }
    self.deletions = deletions
  }

  /// The folded names within one edit of the folded `word`, other than the word itself.
  func names(near word: String) -> [String] {
    guard word.count >= Self.minimumLength - 1, !word.contains(" ") else { return [] }
    var found: Set<String> = []
    for variant in Self.withOneDeletion(word) + [word] {
      for name in deletions[variant] ?? []
      where name != word && name.first == word.first && Self.isOneEditApart(name, word) {
        found.insert(name)
      }
    }
    return found.sorted()
  }

  /// `word` with each of its letters dropped in turn.
  private static func withOneDeletion(_ word: String) -> [String] {
    let letters = Array(word)
    return letters.indices.map { i in String(letters[..<i] + letters[(i + 1)...]) }
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
