/// A 128-bit digest (``SipHash128``): what identifies a file's bytes in the extraction cache.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
  /// The first 8 bytes of the digest, read little-endian.
  public var low: UInt64
  /// The last 8 bytes of the digest, read little-endian.
  public var high: UInt64

  /// A digest from its two halves.
  public init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// The 16 bytes in the order the SipHash reference implementation writes them.
  public var bytes: [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: low >> (8 * $0)) }
      + (0..<8).map { UInt8(truncatingIfNeeded: high >> (8 * $0)) }
  }

  /// The bytes as 32 lowercase hex digits.
  public var description: String {
    bytes.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
