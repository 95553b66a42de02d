/// The ``SentenceSplitter`` rules applied to a text whose every Unicode scalar is a `Character`
/// of its own (``Tokenizer/standsAlone(_:)``), so scalar positions are character positions.
/// Gives the same sentences as the `Character` walk without grapheme breaking.
///
/// Walks the scalars where they sit in the UTF-8 bytes of a native string: positions are byte
/// offsets, and an ASCII scalar is its byte. (Decoding an accented section into arrays of
/// scalars and offsets first cost about as much as splitting it.)
struct ScalarSentenceSplitter {
  let text: String

  /// Splits `text` when all its scalars stand alone and its bytes are stored contiguously;
  /// nil otherwise.
  init?(_ text: String) {
    guard PlainASCII.holds(for: text) || Self.standsAlone(text) else { return nil }
    self.text = text
  }

  /// Whether every scalar of a native string stands alone (false for a bridged one).
  private static func standsAlone(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var i = 0
      while i < bytes.count {
        guard let (_, width) = PlainASCII.standAloneScalar(in: bytes, at: i) else { return false }
        i += width
      }
      return true
    } ?? false
  }

  func sentences(offset: Int, section: String, firstParagraph: Int) -> [Sentence] {
    let split = text.utf8.withContiguousStorageIfAvailable { bytes in
      Walk(text: text, bytes: bytes).sentences(
        offset: offset, section: section, firstParagraph: firstParagraph)
    }
    // `init` checked the storage: a native string keeps it.
    return split
      ?? SentenceSplitter.characterSentences(
        in: text, offset: offset, section: section, firstParagraph: firstParagraph)
  }

  /// One pass over the bytes of `text`, every scalar of which stands alone.
  private struct Walk {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>

    func sentences(offset: Int, section: String, firstParagraph: Int) -> [Sentence] {
      var result: [Sentence] = []
      var paragraph = firstParagraph
      let n = bytes.count
      var start = 0
      var index = 0
      /// Scalars since `start` (the length cut counts scalars, as the `Character` walk does).
      var length = 0
      var lastSpace: Int? = nil
      func emit(upTo end: Int) {
        length = 0
        lastSpace = nil
        var lower = start
        while lower < end, isWhitespace(scalar(at: lower)) { lower += width(at: lower) }
        var upper = end
        while upper > lower {
          let previous = scalarStart(before: upper)
          guard isWhitespace(scalar(at: previous)) else { break }
          upper = previous
        }
        if lower < upper {
          result.append(
            Sentence(
              text: String(text[stringIndex(lower)..<stringIndex(upper)]),
              span: (offset + lower)..<(offset + upper),
              section: section, paragraph: paragraph))
        }
      }
      while index < n {
        let c = bytes[index]
        if c == 0x0A {  // \n
          emit(upTo: index)
          if !result.isEmpty, result.last?.paragraph == paragraph { paragraph += 1 }
          start = index + 1
          index = start
          continue
        }
        if c == 0x2E || c == 0x21 || c == 0x3F, endsSentence(at: index, sentenceStart: start) {  // . ! ?
          var end = index + 1
          while end < n, isClosing(scalar(at: end)) { end += width(at: end) }
          emit(upTo: end)
          start = end
          index = end
          continue
        }
        if c == 0x20 { lastSpace = index }
        index += width(at: index)
        length += 1
        if length >= SentenceSplitter.maxSentenceLength {
          let cut = lastSpace.map { $0 + 1 } ?? index
          emit(upTo: cut)
          start = cut
          length = scalarCount(cut..<index)
        }
      }
      emit(upTo: n)
      return result
    }

    /// Whether the `.`, `!` or `?` at byte `index` ends the sentence that started at byte
    /// `sentenceStart`.
    private func endsSentence(at index: Int, sentenceStart: Int) -> Bool {
      let n = bytes.count
      var next = index + 1
      while next < n, isClosing(scalar(at: next)) { next += width(at: next) }
      guard next < n else { return true }
      guard bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0A else { return false }
      var after = next
      while after < n, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
      guard after < n else { return true }
      let first = scalar(at: after)
      guard
        isUppercase(first) || isNumber(first) || first == "\"" || first == "“" || first == "‘" || first == "'"
          || first == "(" || first == "\n"
      else {
        return false
      }
      guard bytes[index] == 0x2E else { return true }
      // The word before the dot.
      var wordStart = index
      while wordStart > sentenceStart {
        let previous = scalarStart(before: wordStart)
        if bytes[previous] == 0x2E || isLetter(scalar(at: previous)) { wordStart = previous } else { break }
      }
      let wordLength = scalarCount(wordStart..<index)
      if wordLength == 1, isUppercase(scalar(at: wordStart)) { return false }  // initial: "A. Dicko"
      // A 0x2E byte is always a ".": "U.S." "e.g."
      if UnsafeBufferPointer(rebasing: bytes[wordStart..<index]).contains(0x2E) { return false }
      // Lower-casing never makes fewer scalars: a longer word is no abbreviation, and needs no
      // `String`.
      guard wordLength <= SentenceSplitter.longestAbbreviation else { return true }
      let word = String(text[stringIndex(wordStart)..<stringIndex(index)])
      return !SentenceSplitter.isAbbreviation(word)
    }

    /// The scalar starting at byte `i` (a lead byte).
    @inline(__always)
    private func scalar(at i: Int) -> Unicode.Scalar {
      let lead = bytes[i]
      if lead < 0x80 { return Unicode.Scalar(lead) }
      // Every scalar was checked to stand alone, so the decoding succeeds.
      guard let (value, _) = PlainASCII.standAloneScalar(in: bytes, at: i), let scalar = Unicode.Scalar(value)
      else { return "\u{FFFD}" }
      return scalar
    }

    /// The width in bytes of the scalar starting at byte `i` (stand-alone scalars are at most
    /// three bytes long).
    @inline(__always)
    private func width(at i: Int) -> Int {
      let lead = bytes[i]
      return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : 3
    }

    /// The first byte of the scalar that ends right before byte `i` (`i > 0`).
    private func scalarStart(before i: Int) -> Int {
      var lead = i - 1
      while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      return lead
    }

    /// How many scalars start in `range`.
    private func scalarCount(_ range: Range<Int>) -> Int {
      var count = 0
      for i in range where bytes[i] & 0xC0 != 0x80 { count += 1 }
      return count
    }

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
}
