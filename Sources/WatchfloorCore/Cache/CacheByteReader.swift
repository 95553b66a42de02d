/// Reads what ``CacheByteWriter`` wrote, checking every bound: any read past the end, an
/// overlong varint or invalid UTF-8 throws ``Malformed`` instead of trapping.
struct CacheByteReader {
  /// The bytes are not a valid encoding.
  struct Malformed: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  private let buffer: UnsafeRawBufferPointer
  private(set) var offset: Int
  let end: Int

  /// Reads `buffer[range]`; `range` must lie within `buffer`.
  init(_ buffer: UnsafeRawBufferPointer, range: Range<Int>) {
    precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count)
    self.buffer = buffer
    offset = range.lowerBound
    end = range.upperBound
  }

  var remaining: Int { end - offset }
  var isAtEnd: Bool { offset == end }

  mutating func byte() throws(Malformed) -> UInt8 {
    guard offset < end else { throw Malformed("truncated") }
    defer { offset += 1 }
    return buffer[offset]
  }

  mutating func unsigned() throws(Malformed) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let next = try byte()
      guard shift < 64, shift < 63 || next <= 1 else { throw Malformed("varint too long") }
      value |= UInt64(next & 0x7f) << shift
      if next < 0x80 { return value }
      shift += 7
    }
  }

  /// A count or length: at most `limit` (and never more than the bytes left when `perItem`
  /// bytes each are needed at least), so a hostile count cannot make the reader allocate much.
  mutating func count(limit: Int = Int(Int32.max), perItem: Int = 1) throws(Malformed) -> Int {
    let value = try unsigned()
    guard value <= UInt64(limit), perItem == 0 || value <= UInt64(remaining / max(perItem, 1)) else {
      throw Malformed("count \(value) out of range")
    }
    return Int(value)
  }

  mutating func signed() throws(Malformed) -> Int {
    let raw = try unsigned()
    let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    return Int(value)
  }

  mutating func fixed64() throws(Malformed) -> UInt64 {
    guard remaining >= 8 else { throw Malformed("truncated") }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(buffer[offset + index]) << UInt64(8 * index) }
    offset += 8
    return value
  }

  mutating func digest() throws(Malformed) -> ContentDigest {
    let low = try fixed64()
    return ContentDigest(low: low, high: try fixed64())
  }

  /// A range of `length` bytes, skipped.
  mutating func bytes(_ length: Int) throws(Malformed) -> Range<Int> {
    guard length >= 0, length <= remaining else { throw Malformed("truncated") }
    defer { offset += length }
    return offset..<offset + length
  }

  mutating func string() throws(Malformed) -> String {
    let range = try bytes(try count())
    guard let text = String(validating: UnsafeRawBufferPointer(rebasing: buffer[range]), as: UTF8.self) else {
      throw Malformed("invalid UTF-8")
    }
    return text
  }
}
