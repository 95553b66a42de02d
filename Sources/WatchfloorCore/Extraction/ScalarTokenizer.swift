/// The ``Tokenizer`` rules applied to a text whose every Unicode scalar is a `Character` of its
/// own (``Tokenizer/standsAlone(_:)``), so scalar positions are character positions. Gives the
/// same tokens as ``Tokenizer/characterTokens(of:)`` without grapheme breaking; ASCII scalars
/// are classified directly, others through `Character`'s own properties.
struct ScalarTokenizer {
  let text: String
  let scalars: [Unicode.Scalar]
  /// UTF-8 offset of each scalar in `text`, plus the end offset; nil when `text` is ASCII
  /// (scalar `i` is byte `i`).
  let offsets: [Int]?

  func tokens() -> [TextToken] {
    var result: [TextToken] = []
    let n = scalars.count
    var index = 0
    while index < n {
      let c = scalars[index]
      if c == "&" {
        result.append(
          TextToken(
            folded: "and", text: "&", range: stringIndex(index)..<stringIndex(index + 1),
            isCapitalized: false, number: nil, following: neighbour(index + 1),
            preceding: neighbour(index - 1)))
        index += 1
        continue
      }
      guard isWordCharacter(c) else {
        index += 1
        continue
      }
      // The word's characters are the scalars of start..<index less the skipped ones (an
      // apostrophe inside a word, a thousands comma); the first is a word character.
      let start = index
      var skipped: [Int] = []
      var allNumbers = true
      var allASCII = true
      while index < n {
        let c = scalars[index]
        if isWordCharacter(c) {
          allNumbers = allNumbers && isNumber(c)
          allASCII = allASCII && c.isASCII
          index += 1
        } else if isApostrophe(c), index + 1 < n, isLetter(scalars[index + 1]), !isPossessive(at: index) {
          skipped.append(index)
          index += 1
        } else if c == ",", allNumbers, hasThreeDigits(after: index) {
          skipped.append(index)
          index += 1
        } else {
          break
        }
      }
      let range = stringIndex(start)..<stringIndex(index)
      let word = skipped.isEmpty ? String(text[range]) : joined(start..<index, without: skipped)
      let first = scalars[start]
      result.append(
        TextToken(
          folded: Tokenizer.fold(word), text: word, range: range,
          isCapitalized: first.isASCII ? (0x41...0x5A).contains(first.value) : Character(first).isUppercase,
          number: allASCII ? Int(word) : nil, following: neighbour(index), preceding: neighbour(start - 1)))
    }
    return result
  }

  private func stringIndex(_ i: Int) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: offsets?[i] ?? i)
  }

  private func joined(_ range: Range<Int>, without skipped: [Int]) -> String {
    var out = String.UnicodeScalarView()
    for k in range where !skipped.contains(k) { out.append(scalars[k]) }
    return String(out)
  }

  /// The neighbour at scalar `i` (every scalar here is a `Character` of its own), or nil.
  private func neighbour(_ i: Int) -> Unicode.Scalar? {
    i >= 0 && i < scalars.count ? scalars[i] : nil
  }

  private func isLetter(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLetter(c) }
  private func isNumber(_ c: Unicode.Scalar) -> Bool { ScalarClass.isNumber(c) }

  private func isWordCharacter(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isNumber(c) }

  private func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "’" || c == "`" || c == "ʼ" || c == "‘"
  }

  /// `'s` closing a word ("Mali's"): the word ends before the apostrophe.
  private func isPossessive(at index: Int) -> Bool {
    let s = index + 1
    guard s < scalars.count, scalars[s] == "s" || scalars[s] == "S" else { return false }
    return s + 1 == scalars.count || !isLetter(scalars[s + 1])
  }

  private func hasThreeDigits(after index: Int) -> Bool {
    var i = index + 1
    var digits = 0
    while i < scalars.count, isNumber(scalars[i]), digits < 4 {
      digits += 1
      i += 1
    }
    return digits == 3
  }
}
