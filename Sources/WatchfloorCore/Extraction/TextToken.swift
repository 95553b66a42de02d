/// One word of a sentence: its folded form for matching and where it sits in the original text.
public struct TextToken: Hashable, Sendable {
  /// Lower-cased, diacritics removed, apostrophes dropped ("N'Tillit" → "ntillit").
  public var folded: String
  /// The word as written.
  public var text: String
  /// Where the word sits in the sentence it was cut from.
  public var range: Range<String.Index>
  /// True when the word starts with an upper-case letter (a hint that it is a name).
  public var isCapitalized: Bool
  /// The word's value when it is written in digits ("15", "1,200"), else nil.
  public var number: Int?
  /// The character right after the word (" ", ",", "-", "(", …), or nil at the end.
  public var following: Character?
  /// The character right before the word ("(", " ", "-"), or nil at the start.
  public var preceding: Character?
}
