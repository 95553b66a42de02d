/// SipHash-2-4 with a 128-bit output (Aumasson and Bernstein, "SipHash: a fast short-input
/// PRF", 2012; the reference implementation is github.com/veorq/SipHash, whose `vectors.h`
/// `vectors_sip128` table the tests check against).
///
/// The extraction cache keys each report by this digest of the file's bytes under a random
/// 128-bit key kept in the cache file: SipHash is a keyed pseudo-random function, so a report
/// author who does not know the key cannot make two files with the same digest, and two
/// different files collide by accident with probability about 2^-128 per pair. Written here
/// rather than taken from swift-crypto, whose build would add more than a minute to each clean
/// CI build; it runs at roughly 1–2 GB/s, far below the cost of reading the file.
public struct SipHash128: Sendable {
  /// The key's first 8 bytes, read little-endian.
  public let key0: UInt64
  /// The key's last 8 bytes, read little-endian.
  public let key1: UInt64

  /// A hasher under the key `key0 || key1` (each half as the reference reads 8 key bytes).
  public init(key0: UInt64, key1: UInt64) {
    self.key0 = key0
    self.key1 = key1
  }

  /// A hasher under a 16-byte key; nil when `key` is not 16 bytes long.
  public init?(key: [UInt8]) {
    guard key.count == 16 else { return nil }
    key0 = Self.littleEndian(key, at: 0)
    key1 = Self.littleEndian(key, at: 8)
  }

  /// The key as the 16 bytes the reference implementation takes.
  public var keyBytes: [UInt8] { ContentDigest(low: key0, high: key1).bytes }

  /// The digest of `bytes`.
  public func hash(_ bytes: [UInt8]) -> ContentDigest {
    bytes.withUnsafeBytes { hash($0) }
  }

  /// The digest of the bytes in `buffer`.
  public func hash(_ buffer: UnsafeRawBufferPointer) -> ContentDigest {
    var v0: UInt64 = key0 ^ 0x736f_6d65_7073_6575
    var v1: UInt64 = key1 ^ 0x646f_7261_6e64_6f6d ^ 0xee
    var v2: UInt64 = key0 ^ 0x6c79_6765_6e65_7261
    var v3: UInt64 = key1 ^ 0x7465_6462_7974_6573
    let count = buffer.count
    let whole = count & ~7
    var offset = 0
    while offset < whole {
      let m = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      v3 ^= m
      Self.round(&v0, &v1, &v2, &v3)
      Self.round(&v0, &v1, &v2, &v3)
      v0 ^= m
      offset += 8
    }
    var last = UInt64(truncatingIfNeeded: count) << 56
    var shift: UInt64 = 0
    while offset < count {
      last |= UInt64(buffer[offset]) << shift
      shift += 8
      offset += 1
    }
    v3 ^= last
    Self.round(&v0, &v1, &v2, &v3)
    Self.round(&v0, &v1, &v2, &v3)
    v0 ^= last
    v2 ^= 0xee
    for _ in 0..<4 { Self.round(&v0, &v1, &v2, &v3) }
    let low = v0 ^ v1 ^ v2 ^ v3
    v1 ^= 0xdd
    for _ in 0..<4 { Self.round(&v0, &v1, &v2, &v3) }
    return ContentDigest(low: low, high: v0 ^ v1 ^ v2 ^ v3)
  }

  @inline(__always)
  private static func round(_ v0: inout UInt64, _ v1: inout UInt64, _ v2: inout UInt64, _ v3: inout UInt64) {
    v0 &+= v1
    v1 = v1 << 13 | v1 >> 51
    v1 ^= v0
    v0 = v0 << 32 | v0 >> 32
    v2 &+= v3
    v3 = v3 << 16 | v3 >> 48
    v3 ^= v2
    v0 &+= v3
    v3 = v3 << 21 | v3 >> 43
    v3 ^= v0
    v2 &+= v1
    v1 = v1 << 17 | v1 >> 47
    v1 ^= v2
    v2 = v2 << 32 | v2 >> 32
  }

  private static func littleEndian(_ bytes: [UInt8], at start: Int) -> UInt64 {
    (0..<8).reduce(0) { $0 | UInt64(bytes[start + $1]) << (8 * $1) }
  }
}
