/// The ``Tokenizer`` rules applied to the UTF-8 bytes of a text whose every scalar is a
/// `Character` of its own (``Tokenizer/standsAlone(_:)``): the same tokens as
/// ``ScalarTokenizer`` and the `Character` walk, without decoding the text into a scalar array
/// first. ASCII bytes are classified by arithmetic, and an all-ASCII word is folded by byte
/// arithmetic with its ``TextToken/wordKey`` computed on the way; a word with a non-ASCII
/// scalar is folded scalar by scalar from a table (``StandAloneFolds``), and other scalars are classified through
/// `Character` (``ScalarClass``), as in ``ScalarTokenizer``.
///
/// Replaces the scalar decoding of accented sentences (~3,000 instructions a token, against
/// ~1,000 for the bytes of an ASCII sentence): most words of an accented sentence are ASCII.
enum ByteTokenizer {
  /// What tokenizing the bytes of a text gave.
  enum Outcome {
    /// The tokens of the text.
    case tokens([TextToken])
    /// Some scalar may join its neighbours into one `Character` (a combining mark, `\r`, an
    /// emoji, …): the `Character` walk must cut this text.
    case needsCharacterWalk
  }

  /// The tokens of `text`; nil when its bytes are not stored contiguously (a bridged string).
  static func tokens(of text: String) -> Outcome? {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var reader = Reader(text: text, bytes: bytes)
      guard let tokens = reader.tokens() else { return .needsCharacterWalk }
      return .tokens(tokens)
    }
  }

  /// One pass over the valid UTF-8 of a native string.
  private struct Reader {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>

    /// The tokens, or nil at the first scalar that does not stand alone.
    mutating func tokens() -> [TextToken]? {
      var result: [TextToken] = []
      let n = bytes.count
      // About one word in six bytes; reserving avoids most regrowth of the token array.
      result.reserveCapacity(n / 6 + 1)
      /// Bytes of the current word when it skips an apostrophe or a thousands comma.
      var joined: [UInt8] = []
      var i = 0
      while i < n {
        let c = bytes[i]
        if c < 0x80 {
          if c == 0x0D { return nil }
          if c == 0x26 {  // &
            result.append(
              TextToken(
                folded: "and", text: "&", range: index(i)..<index(i + 1), isCapitalized: false,
                number: nil, following: neighbour(after: i + 1),
                preceding: neighbour(before: i)))
            i += 1
            continue
          }
          guard c.isASCIIWordByte else {
            i += 1
            continue
          }
        } else {
          guard let (value, width) = scalar(at: i) else { return nil }
          guard Self.isWordScalar(value) else {
            i += width
            continue
          }
        }
        let first = i
        var skips = false
        var hasUpper = false
        var allDigits = true
        var allNumbers = true
        var allASCII = true
        var value = 0
        var overflow = false
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        while i < n {
          let c = bytes[i]
          if c < 0x80 {
            if c.isASCIIWordByte {
              if c.isASCIIDigit {
                if allDigits {
                  let (times, o1) = value.multipliedReportingOverflow(by: 10)
                  let (sum, o2) = times.addingReportingOverflow(Int(c - 0x30))
                  overflow = overflow || o1 || o2
                  value = sum
                }
              } else {
                allDigits = false
                allNumbers = false
              }
              let upper = c.isASCIIUpper
              hasUpper = hasUpper || upper
              key = (key ^ UInt64(c | (upper ? 0x20 : 0))) &* 0x0000_0100_0000_01b3
              if skips { joined.append(c) }
              i += 1
            } else if c == 0x27 || c == 0x60, letterFollows(i + 1), !isPossessive(after: i + 1) {
              startJoining(&joined, &skips, first, i)
              i += 1
            } else if c == 0x2C, allNumbers, hasThreeDigits(from: i + 1) {
              startJoining(&joined, &skips, first, i)
              i += 1
            } else {
              break
            }
          } else {
            guard let (scalar, width) = scalar(at: i) else { return nil }
            if Self.isWordScalar(scalar) {
              allASCII = false
              allDigits = false
              allNumbers = allNumbers && ScalarClass.isNumber(Unicode.Scalar(scalar)!)
              if skips { joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + width)])) }
              i += width
            } else if Self.isApostrophe(scalar), letterFollows(i + width), !isPossessive(after: i + width) {
              startJoining(&joined, &skips, first, i)
              i += width
            } else {
              break
            }
          }
        }
        let text =
          skips
          ? String(decoding: joined, as: UTF8.self)
          : String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<i]), as: UTF8.self)
        let range = index(first)..<index(i)
        let following = neighbour(after: i)
        let preceding = neighbour(before: first)
        if allASCII {
          result.append(
            TextToken(
              folded: hasUpper ? Self.lowercased(text) : text, text: text, range: range,
              isCapitalized: bytes[first].isASCIIUpper, number: allDigits && !overflow ? value : nil,
              following: following, preceding: preceding, wordKey: key | (1 << 63)))
        } else {
          let capitalized: Bool
          if bytes[first] < 0x80 {
            capitalized = bytes[first].isASCIIUpper
          } else {
            capitalized = scalar(at: first).map { Character(Unicode.Scalar($0.value)!).isUppercase } ?? false
          }
          result.append(
            TextToken(
              folded: StandAloneFolds.shared.fold(text), text: text, range: range, isCapitalized: capitalized,
              number: nil, following: following, preceding: preceding))
        }
      }
      return result
    }

    private func index(_ offset: Int) -> String.Index {
      text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// The scalar starting at byte `i` (a lead byte) and its width, or nil when it may join its
    /// neighbours.
    @inline(__always)
    private func scalar(at i: Int) -> (value: UInt32, width: Int)? {
      PlainASCII.standAloneScalar(in: bytes, at: i)
    }

    /// The neighbour (a scalar that is a `Character` of its own) starting at byte `i`, or nil at
    /// the end. (Called only where the tokens are kept, so the scalar stands alone or the walk
    /// fails before returning.)
    private func neighbour(after i: Int) -> Unicode.Scalar? {
      guard i < bytes.count else { return nil }
      if bytes[i] < 0x80 { return Unicode.Scalar(bytes[i]) }
      guard let (value, _) = scalar(at: i) else { return nil }
      return Unicode.Scalar(value)
    }

    /// The neighbour ending right before byte `i`, or nil at the start.
    private func neighbour(before i: Int) -> Unicode.Scalar? {
      guard i > 0 else { return nil }
      if bytes[i - 1] < 0x80 { return Unicode.Scalar(bytes[i - 1]) }
      var lead = i - 1
      while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      return neighbour(after: lead)
    }

    /// Starts copying the word's bytes (`first..<at`) when it first skips a scalar.
    private func startJoining(_ joined: inout [UInt8], _ skips: inout Bool, _ first: Int, _ at: Int) {
      guard !skips else { return }
      skips = true
      joined.removeAll(keepingCapacity: true)
      joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first..<at]))
    }

    /// Whether the scalar at byte `i` exists and is a letter.
    private func letterFollows(_ i: Int) -> Bool {
      guard i < bytes.count else { return false }
      if bytes[i] < 0x80 { return bytes[i].isASCIILetter }
      guard let (value, _) = scalar(at: i), let scalar = Unicode.Scalar(value) else { return false }
      return ScalarClass.isLetter(scalar)
    }

    /// `'s` closing a word ("Mali's"), where `s` is the byte after the apostrophe: the word
    /// ends before the apostrophe.
    private func isPossessive(after s: Int) -> Bool {
      guard s < bytes.count, bytes[s] == 0x73 || bytes[s] == 0x53 else { return false }
      return !letterFollows(s + 1)
    }

    /// Whether exactly three number scalars start at byte `i` (a fourth makes it false).
    private func hasThreeDigits(from start: Int) -> Bool {
      var i = start
      var digits = 0
      while i < bytes.count, digits < 4 {
        if bytes[i] < 0x80 {
          guard bytes[i].isASCIIDigit else { break }
          i += 1
        } else {
          guard let (value, width) = scalar(at: i), let scalar = Unicode.Scalar(value),
            ScalarClass.isNumber(scalar)
          else { break }
          i += width
        }
        digits += 1
      }
      return digits == 3
    }

    /// An ASCII word in lower case.
    private static func lowercased(_ word: String) -> String {
      var word = word
      return word.withUTF8 { bytes in
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
          for (k, byte) in bytes.enumerated() { buffer[k] = byte | (byte.isASCIIUpper ? 0x20 : 0) }
          return bytes.count
        }
      }
    }

    /// The non-ASCII apostrophes a word may skip: ’ ʼ ‘ (ʼ is a letter, so it never gets here).
    private static func isApostrophe(_ value: UInt32) -> Bool {
      value == 0x2019 || value == 0x02BC || value == 0x2018
    }

    /// A non-ASCII scalar that is a letter or a number.
    private static func isWordScalar(_ value: UInt32) -> Bool {
      guard let scalar = Unicode.Scalar(value) else { return false }
      return ScalarClass.isLetter(scalar) || ScalarClass.isNumber(scalar)
    }
  }

}

extension UInt8 {
  fileprivate var isASCIIUpper: Bool { self >= 0x41 && self <= 0x5A }
  fileprivate var isASCIILetter: Bool {
    let v = self | 0x20
    return v >= 0x61 && v <= 0x7A
  }
  fileprivate var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
  fileprivate var isASCIIWordByte: Bool { isASCIILetter || isASCIIDigit }
}

/// ``Tokenizer/fold(_:)`` of words whose every scalar stands alone, from a table of each
/// scalar's fold: that fold treats such a word scalar by scalar (``TextFolding/foldedScalars(_:)``,
/// then apostrophes dropped), so the word's fold is the concatenation of its scalars' folds.
/// Folding an accented word through scalar views cost ~11,000 instructions.
struct StandAloneFolds: Sendable {
  /// Where each scalar's folded bytes start in `bytes` (by ``slot(_:)``), plus the end.
  private let starts: [Int32]
  private let bytes: [UInt8]

  static let shared = StandAloneFolds()

  /// The non-ASCII scalars that stand alone (``Tokenizer/standsAlone(_:)``), in slot order.
  private static let ranges: [ClosedRange<UInt32>] = [
    0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20AC...0x20AC,
  ]

  private init() {
    var starts: [Int32] = []
    var bytes: [UInt8] = []
    for range in Self.ranges {
      for value in range {
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: Tokenizer.fold(String(Character(Unicode.Scalar(value)!))).utf8)
      }
    }
    starts.append(Int32(bytes.count))
    self.starts = starts
    self.bytes = bytes
  }

  /// The index of a non-ASCII scalar that stands alone in the table.
  private static func slot(_ value: UInt32) -> Int {
    switch value {
    case 0xA0...0x2FF: Int(value - 0xA0)
    case 0x2010...0x2027: 0x260 + Int(value - 0x2010)
    case 0x2030...0x205E: 0x278 + Int(value - 0x2030)
    default: 0x2A7  // U+20AC
    }
  }

  /// The fold of `word`, every scalar of which must stand alone: ASCII letters lower-cased,
  /// apostrophes dropped, every other scalar replaced by its table fold.
  func fold(_ word: String) -> String {
    var word = word
    return word.withUTF8 { utf8 in
      var length = 0
      var i = 0
      while i < utf8.count {
        let (slot, width) = Self.slot(utf8, at: i)
        if let slot {
          length += Int(starts[slot + 1] - starts[slot])
        } else if !Self.isASCIIApostrophe(utf8[i]) {
          length += 1
        }
        i += width
      }
      return String(unsafeUninitializedCapacity: length) { out in
        var k = 0
        var i = 0
        while i < utf8.count {
          let (slot, width) = Self.slot(utf8, at: i)
          if let slot {
            for b in Int(starts[slot])..<Int(starts[slot + 1]) {
              out[k] = bytes[b]
              k += 1
            }
          } else if !Self.isASCIIApostrophe(utf8[i]) {
            let c = utf8[i]
            out[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            k += 1
          }
          i += width
        }
        return k
      }
    }
  }

  private static func isASCIIApostrophe(_ c: UInt8) -> Bool { c == 0x27 || c == 0x60 }

  /// The table slot of the scalar starting at byte `i` (nil for ASCII) and its width.
  private static func slot(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (slot: Int?, width: Int) {
    let lead = utf8[i]
    if lead < 0x80 { return (nil, 1) }
    if lead < 0xE0 { return (slot(UInt32(lead & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)), 2) }
    let high = UInt32(lead & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6
    return (slot(high | UInt32(utf8[i + 2] & 0x3F)), 3)
  }
}
