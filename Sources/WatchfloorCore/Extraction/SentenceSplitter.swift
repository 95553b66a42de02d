/// Splits report text into sentences, keeping each one's byte span in the body.
///
/// A sentence ends at `.`, `!` or `?` followed by a space and a capital, digit or quote, or at
/// a line break. Abbreviations ("Gen.", "U.S.", "approx.") and initials do not end a sentence.
/// A run longer than ``maxSentenceLength`` characters without an end is cut at its last space, so
/// a hostile megabyte line without full stops costs linear, not quadratic, extraction time.
public enum SentenceSplitter {
  /// The longest sentence, in characters; longer runs are cut at the last space before it.
  public static let maxSentenceLength = 1_000

  /// The sentences of `text`, which starts at UTF-8 offset `offset` of the body.
  ///
  /// Text whose scalars are each a `Character` of their own (nearly all reports) is split
  /// scalar by scalar (``ScalarSentenceSplitter``); any other text walks `Character`s. Both
  /// give the same sentences.
  public static func sentences(
    in text: String, offset: Int = 0, section: String = "", firstParagraph: Int = 0
  ) -> [Sentence] {
    if let splitter = ScalarSentenceSplitter(text) {
      return splitter.sentences(offset: offset, section: section, firstParagraph: firstParagraph)
    }
    return characterSentences(in: text, offset: offset, section: section, firstParagraph: firstParagraph)
  }

  /// ``sentences(in:offset:section:firstParagraph:)`` walking `Character`s: correct for any text.
  static func characterSentences(
    in text: String, offset: Int = 0, section: String = "", firstParagraph: Int = 0
  ) -> [Sentence] {
    var result: [Sentence] = []
    var paragraph = firstParagraph
    var start = text.startIndex
    var index = text.startIndex
    var length = 0
    var lastSpace: String.Index? = nil
    func emit(upTo end: String.Index) {
      length = 0
      lastSpace = nil
      let piece = text[start..<end]
      let trimmedStart = piece.firstIndex { !$0.isWhitespace } ?? end
      let trimmedEnd = piece.lastIndex { !$0.isWhitespace }.map { text.index(after: $0) } ?? end
      if trimmedStart < trimmedEnd {
        let lower = offset + text.utf8.distance(from: text.startIndex, to: trimmedStart)
        let upper = lower + text.utf8.distance(from: trimmedStart, to: trimmedEnd)
        result.append(
          Sentence(
            text: String(text[trimmedStart..<trimmedEnd]), span: lower..<upper, section: section,
            paragraph: paragraph))
      }
    }
    while index < text.endIndex {
      let c = text[index]
      if c == "\n" {
        emit(upTo: index)
        let next = text.index(after: index)
        if !result.isEmpty, result.last?.paragraph == paragraph { paragraph += 1 }
        start = next
        index = next
        continue
      }
      if c == "." || c == "!" || c == "?", endsSentence(text, at: index, sentenceStart: start) {
        var end = text.index(after: index)
        while end < text.endIndex, "\"”’')]".contains(text[end]) { end = text.index(after: end) }
        emit(upTo: end)
        start = end
        index = end
        continue
      }
      if c == " " { lastSpace = index }
      index = text.index(after: index)
      length += 1
      if length >= maxSentenceLength {
        let cut = lastSpace.map { text.index(after: $0) } ?? index
        emit(upTo: cut)
        start = cut
        length = text.distance(from: cut, to: index)
      }
    }
    emit(upTo: text.endIndex)
    return result
  }

  private static func endsSentence(
    _ text: String, at index: String.Index, sentenceStart: String.Index
  ) -> Bool {
    var next = text.index(after: index)
    while next < text.endIndex, "\"”’')]".contains(text[next]) { next = text.index(after: next) }
    guard next < text.endIndex else { return true }
    guard text[next] == " " || text[next] == "\t" || text[next] == "\n" else { return false }
    var after = next
    while after < text.endIndex, text[after] == " " || text[after] == "\t" {
      after = text.index(after: after)
    }
    guard after < text.endIndex else { return true }
    let first = text[after]
    guard first.isUppercase || first.isNumber || "\"“‘'(".contains(first) || first == "\n" else {
      return false
    }
    guard text[index] == "." else { return true }
    // The word before the dot.
    var wordStart = index
    while wordStart > sentenceStart {
      let previous = text.index(before: wordStart)
      if text[previous].isLetter || text[previous] == "." { wordStart = previous } else { break }
    }
    let word = text[wordStart..<index]
    if word.count == 1, word.first?.isUppercase == true { return false }  // initial: "A. Dicko"
    if word.contains(".") { return false }  // "U.S." "e.g."
    return !isAbbreviation(word)
  }

  /// A word that ends in a dot without ending the sentence ("Gen", "approx").
  static func isAbbreviation(_ word: some StringProtocol) -> Bool {
    abbreviations.contains(word.lowercased())
  }

  /// The most scalars an abbreviation has.
  static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "cpt", "sgt", "maj", "st", "no", "nr",
    "approx", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "govt", "prof", "rev", "cmdr", "brig", "adj", "pres",
  ]
}
