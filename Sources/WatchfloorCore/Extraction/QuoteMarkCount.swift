/// What ``QuotedSpeech`` reads from one sentence: its letters and digits, how many of them lie
/// between quotation marks, and whether a closing mark comes with no opening one before it.
///
/// The rules are those of a `Character` walk (a letter is a `Character` whose `isLetter` or
/// `isNumber` holds; a mark is a `Character` that is exactly `“ « ” » "`), computed over bytes
/// when the text is ASCII and over scalars when every scalar is a `Character` of its own
/// (``Tokenizer/standsAlone(_:)``); other text takes the `Character` walk itself.
struct QuoteMarkCount: Equatable {
  /// Letters and digits of the sentence.
  var letters = 0
  /// Letters and digits between quotation marks.
  var inside = 0
  /// A closing mark came while no quote was open.
  var closesUnopened = false

  /// Counts `text`, starting with a quote open or not and leaving `open` as the text leaves it.
  static func count(_ text: String, open: inout Bool) -> QuoteMarkCount {
    var state = open
    if let counted = text.utf8.withContiguousStorageIfAvailable({ countASCII($0, open: &state) }),
      let result = counted
    {
      open = state
      return result
    }
    if text.unicodeScalars.allSatisfy({ Tokenizer.standsAlone($0.value) }) {
      return countScalars(text, open: &open)
    }
    return countCharacters(text, open: &open)
  }

  /// The byte walk of an all-ASCII text, or nil (with `open` untouched) when a byte is not ASCII.
  /// Every ASCII byte is a `Character` of its own here: `\r\n`, the one cluster of two bytes,
  /// holds no mark and no letter either way.
  private static func countASCII(_ bytes: UnsafeBufferPointer<UInt8>, open: inout Bool) -> QuoteMarkCount? {
    var state = open
    var result = QuoteMarkCount()
    for byte in bytes {
      if byte >= 0x80 { return nil }
      if byte == 0x22 {
        state.toggle()
        continue
      }
      let folded = byte | 0x20
      guard (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { continue }
      result.letters += 1
      if state { result.inside += 1 }
    }
    open = state
    return result
  }

  /// The scalar walk of a text whose every scalar is a `Character` of its own.
  private static func countScalars(_ text: String, open: inout Bool) -> QuoteMarkCount {
    var result = QuoteMarkCount()
    for scalar in text.unicodeScalars {
      result.read(scalar.value, open: &open) {
        let value = scalar.value
        if value < 0x80 {
          let folded = UInt8(value) | 0x20
          return (folded >= 0x61 && folded <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        let character = Character(scalar)
        return character.isLetter || character.isNumber
      }
    }
    return result
  }

  /// The `Character` walk: correct for any text.
  private static func countCharacters(_ text: String, open: inout Bool) -> QuoteMarkCount {
    var result = QuoteMarkCount()
    for character in text {
      let scalars = character.unicodeScalars
      // A cluster of several scalars is never one of the marks (none has a decomposition).
      let mark = scalars.index(after: scalars.startIndex) == scalars.endIndex ? scalars.first!.value : 0
      result.read(mark, open: &open) { character.isLetter || character.isNumber }
    }
    return result
  }

  /// Reads one `Character`: `mark` is its scalar when it has exactly one (else 0), `isLetter`
  /// says whether it counts as a letter.
  private mutating func read(_ mark: UInt32, open: inout Bool, isLetter: () -> Bool) {
    switch mark {
    case 0x201C, 0xAB:  // “ «
      open = true
    case 0x201D, 0xBB:  // ” »
      if !open { closesUnopened = true }
      open = false
    case 0x22:  // "
      open.toggle()
    default:
      guard isLetter() else { return }
      letters += 1
      if open { inside += 1 }
    }
  }
}
