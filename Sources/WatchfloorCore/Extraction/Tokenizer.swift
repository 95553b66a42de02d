internal import Foundation

/// Cuts text into ``TextToken``s: runs of letters and digits, apostrophes inside a word dropped,
/// any other character a separator. Digit groups with thousands commas ("1,200") stay one token.
///
/// Most sentences consist of characters that are one Unicode scalar each (ASCII, Latin letters
/// with precomposed accents, typographic quotes and dashes): those are cut scalar by scalar
/// (``scalarTokens(of:)``), which is much cheaper than walking `Character`s; any other text
/// (combining marks, emoji, `\r`, other scripts) takes the `Character` walk
/// (``characterTokens(of:)``). Both give the same tokens.
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokens(of text: String) -> [TextToken] {
    scalarTokens(of: text) ?? characterTokens(of: text)
  }

  /// Lower-cases and strips diacritics; cheap for plain ASCII words.
  public static func fold(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    if let folded = TextFolding.foldedScalars(word) {
      return String(String.UnicodeScalarView(folded.filter { !apostrophes.contains($0) }))
    }
    let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return String(folded.unicodeScalars.filter { !apostrophes.contains($0) })
  }

  private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "`", "ʼ", "‘"]

  // MARK: - Scalar by scalar

  /// Whether `scalar` always forms a `Character` on its own, whatever surrounds it: it is not a
  /// grapheme extender, joiner, prepend mark, regional indicator, Hangul jamo or `\r` (which
  /// joins a following `\n`). Conservative: ASCII, Latin-1 and Latin Extended letters, spacing
  /// modifier letters (U+02B0–U+02FF, not combining), general punctuation without the
  /// zero-width and bidi controls, and the euro sign.
  static func standsAlone(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return scalar != 0x0D }
    return (0xA0...0x2FF).contains(scalar) || (0x2010...0x2027).contains(scalar)
      || (0x2030...0x205E).contains(scalar) || scalar == 0x20AC
  }

  /// The tokens of `text` computed over Unicode scalars, or nil when some scalar might not be a
  /// `Character` of its own (see ``standsAlone(_:)``); then the `Character` walk must be used.
  /// A native string is cut from its UTF-8 bytes (``ByteTokenizer``); a bridged one from its
  /// decoded scalars (``ScalarTokenizer``).
  static func scalarTokens(of text: String) -> [TextToken]? {
    switch ByteTokenizer.tokens(of: text) {
    case .tokens(let tokens): return tokens
    case .needsCharacterWalk: return nil
    case nil: break
    }
    if PlainASCII.holds(for: text) {
      return ScalarTokenizer(text: text, scalars: PlainASCII.scalars(of: text), offsets: nil).tokens()
    }
    guard let (scalars, offsets) = PlainASCII.standAloneScalars(of: text) else { return nil }
    return ScalarTokenizer(text: text, scalars: scalars, offsets: offsets).tokens()
  }

  // MARK: - Character by character

  /// The tokens of `text`, walking `Character`s (grapheme clusters): correct for any text.
  static func characterTokens(of text: String) -> [TextToken] {
    var result: [TextToken] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "&" {
        let next = text.index(after: index)
        result.append(
          TextToken(
            folded: "and", text: "&", range: index..<next, isCapitalized: false, number: nil,
            following: next < text.endIndex ? text[next] : nil,
            preceding: index > text.startIndex ? text[text.index(before: index)] : nil))
        index = next
        continue
      }
      guard isWordCharacter(character) else {
        index = text.index(after: index)
        continue
      }
      let start = index
      var raw = ""
      while index < text.endIndex {
        let c = text[index]
        if isWordCharacter(c) {
          raw.append(c)
          index = text.index(after: index)
        } else if isApostrophe(c), !raw.isEmpty, let next = peek(text, after: index), next.isLetter,
          !isPossessive(text, at: index)
        {
          index = text.index(after: index)
        } else if c == ",", raw.allSatisfy(\.isNumber), !raw.isEmpty,
          hasThreeDigits(text, after: index)
        {
          index = text.index(after: index)
        } else {
          break
        }
      }
      let following = index < text.endIndex ? text[index] : nil
      let preceding = start > text.startIndex ? text[text.index(before: start)] : nil
      result.append(
        TextToken(
          folded: fold(raw), text: raw, range: start..<index,
          isCapitalized: raw.first?.isUppercase ?? false,
          number: raw.allSatisfy(\.isASCII) ? Int(raw) : nil, following: following, preceding: preceding))
    }
    return result
  }

  private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

  private static func isApostrophe(_ c: Character) -> Bool {
    c == "'" || c == "’" || c == "`" || c == "ʼ" || c == "‘"
  }

  private static func peek(_ text: String, after index: String.Index) -> Character? {
    let next = text.index(after: index)
    return next < text.endIndex ? text[next] : nil
  }

  /// `'s` closing a word ("Mali's"): the word ends before the apostrophe.
  private static func isPossessive(_ text: String, at index: String.Index) -> Bool {
    let s = text.index(after: index)
    guard s < text.endIndex, text[s] == "s" || text[s] == "S" else { return false }
    let after = text.index(after: s)
    return after == text.endIndex || !text[after].isLetter
  }

  private static func hasThreeDigits(_ text: String, after index: String.Index) -> Bool {
    var i = text.index(after: index)
    var digits = 0
    while i < text.endIndex, text[i].isNumber, digits < 4 {
      digits += 1
      i = text.index(after: i)
    }
    return digits == 3
  }
}
