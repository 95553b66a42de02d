#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Turns the raw bytes of a report file into text: never fails, says what it had to repair.
///
/// - A UTF-8 byte order mark is dropped; a UTF-16 one (either byte order) decodes as UTF-16.
/// - Bytes that are not UTF-8 but read as Windows-1252 / Latin-1 text (accented letters as single
///   high bytes, no valid multi-byte UTF-8 at all, no undefined Windows-1252 bytes) are decoded
///   as Windows-1252 and noted ("decoded as Latin-1 …") instead of becoming U+FFFD.
/// - Other invalid UTF-8 is replaced with U+FFFD and noted in ``Decoded/warnings``.
/// - CRLF and lone CR become LF, so every later stage sees `\n` only.
/// - Bytes containing NUL (outside UTF-16) mark the file as binary: ``Decoded/isBinary``.
public enum ReportTextDecoder {
  /// The decoded text of a file and what decoding had to repair.
  public struct Decoded: Sendable, Hashable {
    public var text: String
    public var warnings: [String]
    /// True when the bytes look binary (contain NUL); `text` is empty then.
    public var isBinary: Bool
  }

  /// Decodes `bytes` as described in the type's documentation.
  public static func decode(_ bytes: some Collection<UInt8>) -> Decoded {
    let raw = Array(bytes)
    if raw.count >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) {
      return decodeUTF16(raw, littleEndian: raw[0] == 0xFF)
    }
    var start = 0
    if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
    if contains(0, raw[start...]) { return Decoded(text: "", warnings: [], isBinary: true) }
    // The common case, UTF-8 with LF line ends, validated in place without a copy.
    if !contains(0x0D, raw[start...]), let valid = String(validating: raw[start...], as: UTF8.self) {
      return Decoded(text: valid, warnings: [], isBinary: false)
    }
    let normalised = normaliseLineEndings(raw[start...])
    if let valid = String(validating: normalised, as: UTF8.self) {
      return Decoded(text: valid, warnings: [], isBinary: false)
    }
    let scan = scanUTF8(normalised)
    if scan.validMultiByte == 0, let latin = Windows1252.decode(normalised) {
      return Decoded(
        text: latin,
        warnings: ["decoded as Latin-1 (Windows-1252): not valid UTF-8, \(scan.invalid) high byte(s)"],
        isBinary: false)
    }
    let repaired = String(decoding: normalised, as: UTF8.self)
    let count = scan.invalid
    let plural = count == 1 ? "sequence" : "sequences"
    return Decoded(
      text: repaired, warnings: ["invalid UTF-8: \(count) byte \(plural) replaced with U+FFFD"],
      isBinary: false)
  }

  /// Whether `bytes` holds `byte` (`memchr`: the generic `contains` took 6% of a warm load).
  private static func contains(_ byte: UInt8, _ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
      return memchr(base, Int32(byte), buffer.count) != nil
    }
  }

  /// CRLF → LF and lone CR → LF.
  static func normaliseLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    guard bytes.contains(0x0D) else { return Array(bytes) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var previousWasCR = false
    for byte in bytes {
      if byte == 0x0D {
        out.append(0x0A)
        previousWasCR = true
        continue
      }
      if byte == 0x0A, previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      out.append(byte)
    }
    return out
  }

  /// How many invalid sequences and how many valid multi-byte scalars `bytes` holds.
  private static func scanUTF8(_ bytes: [UInt8]) -> (invalid: Int, validMultiByte: Int) {
    var invalid = 0
    var multiByte = 0
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): if encoded.count > 1 { multiByte += 1 }
      case .error: invalid += 1
      case .emptyInput: break loop
      }
    }
    return (invalid, multiByte)
  }

  private static func decodeUTF16(_ raw: [UInt8], littleEndian: Bool) -> Decoded {
    var units: [UInt16] = []
    units.reserveCapacity(raw.count / 2)
    var index = 2
    while index + 1 < raw.count {
      let pair =
        littleEndian
        ? UInt16(raw[index]) | UInt16(raw[index + 1]) << 8
        : UInt16(raw[index]) << 8 | UInt16(raw[index + 1])
      units.append(pair)
      index += 2
    }
    var warnings = ["decoded as UTF-16 (byte order mark)"]
    if raw.count % 2 == 1 { warnings.append("UTF-16 text has an odd trailing byte; dropped") }
    let text = String(decoding: units, as: UTF16.self)
    if units.contains(0) { return Decoded(text: "", warnings: warnings, isBinary: true) }
    let normalised = normaliseLineEndings(ArraySlice(Array(text.utf8)))
    return Decoded(text: String(decoding: normalised, as: UTF8.self), warnings: warnings, isBinary: false)
  }
}
