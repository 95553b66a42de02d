/// ``IncidentExtractor/summary(_:)`` computed over Unicode scalars for text whose every scalar
/// is a `Character` of its own (``Tokenizer/standsAlone(_:)``, plus `\r`, which is whitespace
/// alone or in `\r\n`): nearly every sentence. Splitting on whitespace `Character`s, dropping
/// list markers and cutting at 200 characters then need no grapheme breaking.
enum FastSummary {
  /// The summary of `text`, or nil when some scalar might join its neighbours.
  static func summary(_ text: String) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    /// UTF-8 offset in `out` where each scalar starts, up to the 201st.
    var starts: [Int] = []
    starts.reserveCapacity(202)
    var scalarCount = 0
    var wordStart = -1
    var scalarIndexOfWord = 0
    var anyWord = false

    func endWord() {
      guard wordStart >= 0 else { return }
      let word = out[wordStart...]
      // A list item's marker ("- ", "* ", "• ", "– ") before any other word is dropped.
      if !anyWord, isListMarker(word) {
        out.removeSubrange(wordStart...)
        scalarCount = scalarIndexOfWord
        if starts.count > scalarCount { starts.removeSubrange(scalarCount...) }
      } else {
        anyWord = true
      }
      wordStart = -1
    }

    for scalar in text.unicodeScalars {
      let value = scalar.value
      guard value == 0x0D || Tokenizer.standsAlone(value) else { return nil }
      if value == 0x0D || ScalarClass.isWhitespace(scalar) {
        endWord()
        continue
      }
      if wordStart < 0 {
        if !out.isEmpty {
          if starts.count <= 200 { starts.append(out.count) }
          out.append(0x20)
          scalarCount += 1
        }
        wordStart = out.count
        scalarIndexOfWord = scalarCount
      }
      if starts.count <= 200 { starts.append(out.count) }
      if value < 0x80 {
        out.append(UInt8(value))
      } else {
        out.append(contentsOf: UTF8.encode(scalar)!)
      }
      scalarCount += 1
    }
    endWord()
    guard scalarCount > 200 else { return String(decoding: out, as: UTF8.self) }
    // The first 200 characters, cut at the last space among them.
    let cut = out[..<starts[200]]
    let end = cut.lastIndex(of: 0x20) ?? cut.endIndex
    return String(decoding: out[..<end], as: UTF8.self) + "…"
  }

  private static func isListMarker(_ word: ArraySlice<UInt8>) -> Bool {
    word.elementsEqual([0x2D]) || word.elementsEqual([0x2A]) || word.elementsEqual("•".utf8)
      || word.elementsEqual("–".utf8)
  }
}
