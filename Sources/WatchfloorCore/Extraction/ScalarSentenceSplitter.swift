/// The ``SentenceSplitter`` rules applied to a text whose every Unicode scalar is a `Character`
/// of its own (``Tokenizer/standsAlone(_:)``), so scalar positions are character positions.
/// Gives the same sentences as the `Character` walk without grapheme breaking.
struct ScalarSentenceSplitter {
  let text: String
  let scalars: [Unicode.Scalar]
  /// UTF-8 offset of each scalar in `text`, plus the end offset; nil when `text` is ASCII.
  let offsets: [Int]?

  /// Splits `text` when all its scalars stand alone; nil otherwise.
  init?(_ text: String) {
    self.text = text
    if PlainASCII.holds(for: text) {
      scalars = PlainASCII.scalars(of: text)
      offsets = nil
      return
    }
    guard let (scalars, offsets) = PlainASCII.standAloneScalars(of: text) else { return nil }
    self.scalars = scalars
    self.offsets = offsets
  }

  func sentences(offset: Int, section: String, firstParagraph: Int) -> [Sentence] {
    var result: [Sentence] = []
    var paragraph = firstParagraph
    let n = scalars.count
    var start = 0
    var index = 0
    var length = 0
    var lastSpace: Int? = nil
    func emit(upTo end: Int) {
      length = 0
      lastSpace = nil
      var lower = start
      while lower < end, isWhitespace(scalars[lower]) { lower += 1 }
      var upper = end
      while upper > lower, isWhitespace(scalars[upper - 1]) { upper -= 1 }
      if lower < upper {
        let from = utf8Offset(lower)
        let to = utf8Offset(upper)
        result.append(
          Sentence(
            text: String(text[stringIndex(from)..<stringIndex(to)]), span: (offset + from)..<(offset + to),
            section: section, paragraph: paragraph))
      }
    }
    while index < n {
      let c = scalars[index]
      if c == "\n" {
        emit(upTo: index)
        if !result.isEmpty, result.last?.paragraph == paragraph { paragraph += 1 }
        start = index + 1
        index = start
        continue
      }
      if c == "." || c == "!" || c == "?", endsSentence(at: index, sentenceStart: start) {
        var end = index + 1
        while end < n, isClosing(scalars[end]) { end += 1 }
        emit(upTo: end)
        start = end
        index = end
        continue
      }
      if c == " " { lastSpace = index }
      index += 1
      length += 1
      if length >= SentenceSplitter.maxSentenceLength {
        let cut = lastSpace.map { $0 + 1 } ?? index
        emit(upTo: cut)
        start = cut
        length = index - cut
      }
    }
    emit(upTo: n)
    return result
  }

  private func endsSentence(at index: Int, sentenceStart: Int) -> Bool {
    let n = scalars.count
    var next = index + 1
    while next < n, isClosing(scalars[next]) { next += 1 }
    guard next < n else { return true }
    guard scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\n" else { return false }
    var after = next
    while after < n, scalars[after] == " " || scalars[after] == "\t" { after += 1 }
    guard after < n else { return true }
    let first = scalars[after]
    guard
      isUppercase(first) || isNumber(first) || first == "\"" || first == "“" || first == "‘" || first == "'"
        || first == "(" || first == "\n"
    else {
      return false
    }
    guard scalars[index] == "." else { return true }
    // The word before the dot.
    var wordStart = index
    while wordStart > sentenceStart {
      let previous = wordStart - 1
      if isLetter(scalars[previous]) || scalars[previous] == "." { wordStart = previous } else { break }
    }
    if index - wordStart == 1, isUppercase(scalars[wordStart]) { return false }  // initial: "A. Dicko"
    if scalars[wordStart..<index].contains(".") { return false }  // "U.S." "e.g."
    // Lower-casing never makes fewer scalars: a longer word is no abbreviation, and needs no
    // `String`.
    guard index - wordStart <= SentenceSplitter.longestAbbreviation else { return true }
    let word = String(text[stringIndex(utf8Offset(wordStart))..<stringIndex(utf8Offset(index))])
    return !SentenceSplitter.isAbbreviation(word)
  }

  private func utf8Offset(_ i: Int) -> Int { offsets?[i] ?? i }

  private func stringIndex(_ utf8Offset: Int) -> String.Index {
    text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset)
  }

  /// Closing quotes and brackets that stay with the sentence they end.
  private func isClosing(_ c: Unicode.Scalar) -> Bool {
    c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" || c == "]"
  }

  private func isWhitespace(_ c: Unicode.Scalar) -> Bool { ScalarClass.isWhitespace(c) }
  private func isLetter(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLetter(c) }
  private func isUppercase(_ c: Unicode.Scalar) -> Bool { ScalarClass.isUppercase(c) }
  private func isNumber(_ c: Unicode.Scalar) -> Bool { ScalarClass.isNumber(c) }
}
