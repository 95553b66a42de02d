/// Character classes of single Unicode scalars for the scalar fast paths (``ScalarTokenizer``,
/// ``ScalarSentenceSplitter``): ASCII answered by arithmetic, anything else by `Character`, so
/// they agree with the `Character` walk they replace.
enum ScalarClass {
  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII {
      let v = c.value | 0x20
      return v >= 0x61 && v <= 0x7A
    }
    return Character(c).isLetter
  }

  static func isNumber(_ c: Unicode.Scalar) -> Bool {
    c.isASCII ? (0x30...0x39).contains(c.value) : Character(c).isNumber
  }

  static func isUppercase(_ c: Unicode.Scalar) -> Bool {
    c.isASCII ? (0x41...0x5A).contains(c.value) : Character(c).isUppercase
  }

  static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
    c.isASCII ? c == " " || (0x09...0x0D).contains(c.value) : Character(c).isWhitespace
  }
}
