/// Byte loops for the questions every fast path of the tokenizer and the sentence splitter asks
/// first: is this text ASCII without `\r` (every byte a `Character` of its own)? If not, is every
/// scalar a `Character` of its own, and where does each sit? (`text.utf8.allSatisfy`,
/// `text.utf8.map` and the `unicodeScalars` iterator cost 15–40 instructions a byte.)
enum PlainASCII {
  /// True when every byte of `text` is below 0x80 and none is `\r`.
  static func holds(for text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(holds) ?? text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
  }

  /// ``holds(for:)`` eight bytes at a time: no high bit set, and no byte equal to `\r` (the
  /// exact zero-byte test `(x - 0x01…) & ~x & 0x80…` on the bytes XOR `\r`).
  private static func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    var i = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 8 <= n {
        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let carriage = word ^ 0x0D0D_0D0D_0D0D_0D0D
        let hasCarriage = (carriage &- 0x0101_0101_0101_0101) & ~carriage & 0x8080_8080_8080_8080
        if word & 0x8080_8080_8080_8080 != 0 || hasCarriage != 0 { return false }
        i += 8
      }
    }
    while i < n {
      if bytes[i] >= 0x80 || bytes[i] == 0x0D { return false }
      i += 1
    }
    return true
  }

  /// The scalars of an ASCII `text`, one per byte.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        for (index, byte) in bytes.enumerated() {
          buffer.initializeElement(at: index, to: Unicode.Scalar(byte))
        }
        count = bytes.count
      }
    } ?? text.utf8.map { Unicode.Scalar($0) }
  }

  /// The scalars of `text` with the UTF-8 offset of each (plus the end offset), or nil when a
  /// scalar may join its neighbours into one `Character` (``Tokenizer/standsAlone(_:)``).
  static func standAloneScalars(of text: String) -> (scalars: [Unicode.Scalar], offsets: [Int])? {
    if let decoded = text.utf8.withContiguousStorageIfAvailable(standAloneScalars) { return decoded }
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var offset = 0
    for scalar in text.unicodeScalars {
      guard Tokenizer.standsAlone(scalar.value) else { return nil }
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    return (scalars, offsets)
  }

  /// ``standAloneScalars(of:)`` decoding the (valid) UTF-8 of a native string directly. Every
  /// scalar that stands alone is below U+2100, so a four-byte sequence ends the walk.
  private static func standAloneScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    scalars: [Unicode.Scalar], offsets: [Int]
  )? {
    let n = bytes.count
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(n)
    offsets.reserveCapacity(n + 1)
    var i = 0
    while i < n {
      guard let (value, width) = standAloneScalar(in: bytes, at: i),
        let scalar = Unicode.Scalar(value)
      else { return nil }
      scalars.append(scalar)
      offsets.append(i)
      i += width
    }
    offsets.append(n)
    return (scalars, offsets)
  }

  /// The scalar starting at byte `i` of valid UTF-8 (a lead byte) and its width in bytes, or nil
  /// when it may join its neighbours (``Tokenizer/standsAlone(_:)``). Every scalar that stands
  /// alone is below U+2100, so a four-byte sequence is never one.
  @inline(__always)
  static func standAloneScalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (
    value: UInt32, width: Int
  )? {
    let lead = bytes[i]
    let value: UInt32
    let width: Int
    if lead < 0x80 {
      (value, width) = (UInt32(lead), 1)
    } else if lead < 0xE0 {
      (value, width) = (UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
    } else if lead < 0xF0 {
      let high = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
      (value, width) = (high | UInt32(bytes[i + 2] & 0x3F), 3)
    } else {
      return nil
    }
    return Tokenizer.standsAlone(value) ? (value, width) : nil
  }
}
