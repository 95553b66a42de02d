/// The ``Tokenizer`` rules applied byte by byte to an all-ASCII text without `\r` (every byte a
/// `Character` of its own): the same tokens as ``ScalarTokenizer`` and the `Character` walk,
/// with words folded by byte arithmetic and their ``TextToken/wordKey`` computed on the way.
enum ASCIITokenizer {
  /// The tokens of `text`, which must be all ASCII without `\r`; nil when its bytes are not
  /// stored contiguously (a bridged string).
  static func tokens(of text: String) -> [TextToken]? {
    text.utf8.withContiguousStorageIfAvailable { bytes in tokens(of: text, bytes: bytes) }
  }

  private static func tokens(of text: String, bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
    var result: [TextToken] = []
    let n = bytes.count
    // About one word in six bytes; reserving avoids most regrowth of the token array.
    result.reserveCapacity(n / 6 + 1)
    let utf8 = text.utf8
    let start = utf8.startIndex
    let characters = Self.characters
    func index(_ offset: Int) -> String.Index { utf8.index(start, offsetBy: offset) }
    func character(_ i: Int) -> Character? {
      i >= 0 && i < n ? characters[Int(bytes[i])] : nil
    }
    /// Bytes of the current word when it skips an apostrophe or a thousands comma.
    var joined: [UInt8] = []
    var i = 0
    while i < n {
      let c = bytes[i]
      if c == 0x26 {  // &
        result.append(
          TextToken(
            folded: "and", text: "&", range: index(i)..<index(i + 1), isCapitalized: false, number: nil,
            following: character(i + 1), preceding: character(i - 1)))
        i += 1
        continue
      }
      guard isWordByte(c) else {
        i += 1
        continue
      }
      let first = i
      var skips = false
      var hasUpper = false
      var allDigits = true
      var value = 0
      var overflow = false
      var key: UInt64 = 0xcbf2_9ce4_8422_2325
      while i < n {
        let c = bytes[i]
        if isWordByte(c) {
          if isDigit(c) {
            if allDigits {
              let (times, o1) = value.multipliedReportingOverflow(by: 10)
              let (sum, o2) = times.addingReportingOverflow(Int(c - 0x30))
              overflow = overflow || o1 || o2
              value = sum
            }
          } else {
            allDigits = false
          }
          let upper = isUpper(c)
          hasUpper = hasUpper || upper
          key = (key ^ UInt64(c | (upper ? 0x20 : 0))) &* 0x0000_0100_0000_01b3
          if skips { joined.append(c) }
          i += 1
        } else if c == 0x27 || c == 0x60, i + 1 < n, isLetter(bytes[i + 1]), !isPossessive(bytes, at: i) {
          startJoining(&joined, &skips, bytes, first, i)
          i += 1
        } else if c == 0x2C, allDigits, hasThreeDigits(bytes, after: i) {
          startJoining(&joined, &skips, bytes, first, i)
          i += 1
        } else {
          break
        }
      }
      let text =
        skips
        ? String(decoding: joined, as: UTF8.self)
        : String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<i]), as: UTF8.self)
      result.append(
        TextToken(
          folded: hasUpper ? lowercased(text) : text, text: text, range: index(first)..<index(i),
          isCapitalized: isUpper(bytes[first]), number: allDigits && !overflow ? value : nil,
          following: character(i), preceding: character(first - 1), wordKey: key | (1 << 63)))
    }
    return result
  }

  /// Every ASCII byte as a `Character`, made once (building one per neighbour of every token
  /// cost ~120 instructions).
  private static let characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

  /// Starts copying the word's bytes (`first..<at`) when it first skips a byte.
  private static func startJoining(
    _ joined: inout [UInt8], _ skips: inout Bool, _ bytes: UnsafeBufferPointer<UInt8>, _ first: Int,
    _ at: Int
  ) {
    guard !skips else { return }
    skips = true
    joined.removeAll(keepingCapacity: true)
    joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[first..<at]))
  }

  /// An ASCII word in lower case.
  private static func lowercased(_ word: String) -> String {
    var word = word
    return word.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for (k, byte) in bytes.enumerated() { buffer[k] = byte | (isUpper(byte) ? 0x20 : 0) }
        return bytes.count
      }
    }
  }

  private static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
  private static func isLetter(_ c: UInt8) -> Bool {
    let v = c | 0x20
    return v >= 0x61 && v <= 0x7A
  }
  private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
  private static func isWordByte(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) }

  /// `'s` closing a word ("Mali's"): the word ends before the apostrophe.
  private static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let s = index + 1
    guard s < bytes.count, bytes[s] == 0x73 || bytes[s] == 0x53 else { return false }
    return s + 1 == bytes.count || !isLetter(bytes[s + 1])
  }

  private static func hasThreeDigits(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
    var i = index + 1
    var digits = 0
    while i < bytes.count, isDigit(bytes[i]), digits < 4 {
      digits += 1
      i += 1
    }
    return digits == 3
  }
}
