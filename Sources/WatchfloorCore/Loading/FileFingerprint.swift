/// What identifies one version of a file: if any of these change, the file must be re-read.
public struct FileFingerprint: Hashable, Sendable {
  /// Size in bytes.
  public var size: Int
  /// Modification time, nanoseconds since 1970-01-01 UTC.
  public var modifiedNanoseconds: Int64
  /// FNV-1a 64-bit hash of the file's bytes, or nil when the content was not read
  /// (a ``CorpusFile`` from ``CorpusLoader/listFiles(root:)`` has none yet).
  public var contentHash: UInt64?

  public init(size: Int, modifiedNanoseconds: Int64, contentHash: UInt64?) {
    self.size = size
    self.modifiedNanoseconds = modifiedNanoseconds
    self.contentHash = contentHash
  }

  /// True when size and modification time agree (the cheap check before re-reading).
  public func sameMetadata(as other: FileFingerprint) -> Bool {
    size == other.size && modifiedNanoseconds == other.modifiedNanoseconds
  }

  /// FNV-1a 64 of `bytes`.
  public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
