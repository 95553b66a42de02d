internal import Foundation

/// Cuts text into ``TextToken``s: runs of letters and digits, apostrophes inside a word dropped,
/// any other character a separator. Digit groups with thousands commas ("1,200") stay one token.
public enum Tokenizer {
  /// The tokens of `text`, in order.
  public static func tokens(of text: String) -> [TextToken] {
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

  /// Lower-cases and strips diacritics; cheap for plain ASCII words.
  public static func fold(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
    let folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return String(folded.unicodeScalars.filter { !apostrophes.contains($0) })
  }

  private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "`", "ʼ", "‘"]

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
