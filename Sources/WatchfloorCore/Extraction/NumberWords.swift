/// Number words ("seven", "a dozen", "several") from the `number_words.tsv` resource.
public enum NumberWords {
  /// Folded word → value.
  public static let table: [String: Int] = {
    var table: [String: Int] = [:]
    for row in ResourceText.rows(ResourceText.load("number_words"), header: "word") where row.count >= 2 {
      if let value = Int(row[1]) { table[Tokenizer.fold(row[0])] = value }
    }
    return table
  }()

  /// The value of one folded word, if it is a number word.
  public static func value(of word: String) -> Int? { table[word] }

  /// The first words of the two-word entries ("unknown" of "unknown number"): a pair is looked
  /// up only after one of them, instead of joining every word with the next.
  private static let pairFirstWords: [String] = Array(
    Set(table.keys.compactMap { key in key.firstIndex(of: " ").map { String(key[..<$0]) } })
  ).sorted()

  /// The value of the folded words `first second` ("unknown number"), if that is a number
  /// phrase: `value(of: first + " " + second)`.
  static func value(of first: String, _ second: String) -> Int? {
    guard pairFirstWords.contains(first) else { return nil }
    return table[first + " " + second]
  }

  /// A count starting at token `i`: digits ("15", "1,200"), words ("twenty-two", "a dozen",
  /// "dozens of"), and the index after it.
  public static func count(in t: [TextToken], at i: Int) -> (value: Int, next: Int)? {
    guard i < t.count else { return nil }
    if let n = t[i].number { return (n, i + 1) }
    let word = t[i].folded
    // "an unknown number": "an" is skipped by the caller's hedges.
    if i + 1 < t.count, let v = value(of: word, t[i + 1].folded) { return (v, i + 2) }
    // "a dozen", "a few", "a couple of"
    if word == "a" || word == "an", i + 1 < t.count, let v = table[t[i + 1].folded],
      isQuantityNoun(t[i + 1].folded)
    {
      return (v, i + 2)
    }
    guard let v = table[word] else { return nil }
    // twenty-two, forty five
    if v >= 20, v < 100, v % 10 == 0, i + 1 < t.count, let unit = table[t[i + 1].folded], unit < 10,
      unit >= 1,
      !isVagueWord(t[i + 1].folded)
    {
      return (v + unit, i + 2)
    }
    // "two hundred"
    if v < 10, i + 1 < t.count, t[i + 1].folded == "hundred" { return (v * 100, i + 2) }
    return (v, i + 1)
  }

  /// "dozen", "few", "couple", "hundred" after "a"/"an". (Switches instead of array literals,
  /// which were built on every call.)
  private static func isQuantityNoun(_ word: String) -> Bool {
    switch word {
    case "dozen", "few", "couple", "hundred": true
    default: false
    }
  }

  /// Words after a tens word that are not its unit ("twenty some").
  private static func isVagueWord(_ word: String) -> Bool {
    switch word {
    case "a", "an", "some", "few", "several", "couple", "both", "single", "lone": true
    default: false
    }
  }
}
