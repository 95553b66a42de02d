/// One word of a sentence: its folded form for matching and where it sits in the original text.
public struct TextToken: Hashable, Sendable {
  /// Lower-cased, diacritics removed, apostrophes dropped ("N'Tillit" → "ntillit").
  public var folded: String {
    didSet { wordKey = Self.wordKey(of: folded) }
  }
  /// The word as written.
  public var text: String
  /// Where the word sits in the sentence it was cut from.
  public var range: Range<String.Index>
  /// True when the word starts with an upper-case letter (a hint that it is a name).
  public var isCapitalized: Bool
  /// The word's value when it is written in digits ("15", "1,200"), else nil.
  public var number: Int?
  /// The character right after the word (" ", ",", "-", "(", …) as its scalar, or nil at the
  /// end. A character of several scalars (a letter with a combining mark, `\r\n`) is
  /// ``composite``. (A scalar, not a `Character`: a token is copied many times, and a
  /// `Character` is a string to retain and release.)
  public var following: Unicode.Scalar?
  /// The character right before the word ("(", " ", "-") as its scalar, or nil at the start.
  public var preceding: Unicode.Scalar?
  /// ``wordKey(of:)`` of ``folded``, computed once so that word tables can be probed without
  /// hashing the string again.
  private(set) var wordKey: UInt64

  /// Stands for a neighbouring character of several scalars: no scalar the extractors compare
  /// a neighbour with (U+FFFC OBJECT REPLACEMENT CHARACTER).
  public static let composite: Unicode.Scalar = "\u{FFFC}"

  /// The scalar that stands for `character` as a neighbour: its only scalar, or ``composite``.
  static func neighbour(_ character: Character?) -> Unicode.Scalar? {
    guard let character else { return nil }
    let scalars = character.unicodeScalars
    return scalars.count == 1 ? scalars.first : composite
  }

  init(
    folded: String, text: String, range: Range<String.Index>, isCapitalized: Bool, number: Int?,
    following: Character?, preceding: Character?
  ) {
    self.init(
      folded: folded, text: text, range: range, isCapitalized: isCapitalized, number: number,
      following: Self.neighbour(following), preceding: Self.neighbour(preceding),
      wordKey: Self.wordKey(of: folded))
  }

  /// A token whose neighbours are single scalars (a text whose every scalar is a `Character`).
  init(
    folded: String, text: String, range: Range<String.Index>, isCapitalized: Bool, number: Int?,
    following: Unicode.Scalar?, preceding: Unicode.Scalar?
  ) {
    self.init(
      folded: folded, text: text, range: range, isCapitalized: isCapitalized, number: number,
      following: following, preceding: preceding, wordKey: Self.wordKey(of: folded))
  }

  /// A token whose ``wordKey`` the tokenizer computed on the way (it must equal
  /// `wordKey(of: folded)`).
  init(
    folded: String, text: String, range: Range<String.Index>, isCapitalized: Bool, number: Int?,
    following: Unicode.Scalar?, preceding: Unicode.Scalar?, wordKey: UInt64
  ) {
    self.folded = folded
    self.text = text
    self.range = range
    self.isCapitalized = isCapitalized
    self.number = number
    self.following = following
    self.preceding = preceding
    self.wordKey = wordKey
  }

  /// A 64-bit FNV-1a hash of an all-ASCII word with the top bit set, or 0 for a word with any
  /// non-ASCII byte (whose equality with another word is canonical equivalence, not bytes).
  /// Equal ASCII words have equal keys.
  static func wordKey(of word: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 {
      if byte >= 0x80 { return 0 }
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash | (1 << 63)
  }

  /// The words of `tokens[range]` as written, joined by single spaces (what
  /// `tokens[range].map(\.text).joined(separator: " ")` gives, without the key path and the
  /// intermediate array).
  static func phrase(_ tokens: [TextToken], _ range: Range<Int>) -> String {
    guard let first = range.first else { return "" }
    var phrase = tokens[first].text
    for k in range.dropFirst() {
      phrase += " "
      phrase += tokens[k].text
    }
    return phrase
  }
}
