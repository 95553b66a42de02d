#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The extraction cache file of one corpus root.
///
/// Layout (integers little-endian, varints LEB128):
/// ```
/// 0   8   magic "WFXCACHE"
/// 8   4   format version
/// 12  4   reserved (0)
/// 16  16  extractor identity digest (ExtractorIdentity)
/// 32  16  SipHash key of this file (random when the file is first made)
/// 48  16  SipHash-2-4-128 of the payload under that key
/// 64  …   payload: root path, entry count, then per entry: path, content digest, modified-day
///         flag (+ day ordinal when the report is dated by its file time), record length, record
/// ```
/// A file is used only when magic, version, identity, checksum and every length agree; a
/// reader never trusts a count it has not bounded by the bytes left.
enum ExtractionCacheFile {
  static let magic: [UInt8] = Array("WFXCACHE".utf8)
  /// Bump on any change to this layout or to ``CachedReportCodec``.
  static let formatVersion: UInt32 = 1
  static let headerSize = 64
  /// A cache file larger than this is not read (a corpus of 100k reports makes about 60 MB).
  static let maxBytes = 1 << 30

  /// One entry of a valid file.
  struct Entry {
    var digest: ContentDigest
    /// The day ordinal the report's date was taken from (file time), when it was.
    var modifiedDay: Int?
    var record: Range<Int>
  }

  /// A file that passed every check, with its entries by path.
  struct Contents {
    var bytes: [UInt8]
    var key: SipHash128
    var entries: [String: Entry]
  }

  enum ReadOutcome {
    /// No file (first run, or removed).
    case missing
    /// A whole, valid file written under another identity or format: not a problem.
    case stale(String)
    /// Damaged, truncated or not a cache file: ignored with a warning.
    case invalid(String)
    case valid(Contents)
  }

  /// One entry to write: a record copied from the old file or freshly encoded.
  struct NewEntry {
    var path: String
    var digest: ContentDigest
    var modifiedDay: Int?
    var record: [UInt8]
  }

  static func read(path: String, root: String, identity: ExtractorIdentity) -> ReadOutcome {
    let bytes: [UInt8]
    switch readWhole(path) {
    case .missing: return .missing
    case .failed(let message): return .invalid("cannot read: \(message)")
    case .bytes(let read): bytes = read
    }
    do throws(CacheByteReader.Malformed) {
      return try parse(bytes, root: root, identity: identity)
    } catch {
      return .invalid(error.description)
    }
  }

  static func parse(
    _ bytes: [UInt8], root: String, identity: ExtractorIdentity
  ) throws(CacheByteReader.Malformed) -> ReadOutcome {
    guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else {
      throw .init(bytes.count < headerSize ? "truncated header" : "not a cache file")
    }
    let outcome = bytes.withUnsafeBytes { buffer in
      Result { () throws(CacheByteReader.Malformed) -> ReadOutcome in
        try parse(buffer, bytes: bytes, root: root, identity: identity)
      }
    }
    return try outcome.get()
  }

  private static func parse(
    _ buffer: UnsafeRawBufferPointer, bytes: [UInt8], root: String, identity: ExtractorIdentity
  ) throws(CacheByteReader.Malformed) -> ReadOutcome {
    var header = CacheByteReader(buffer, range: 8..<headerSize)
    let version = try header.fixed64()
    guard UInt32(truncatingIfNeeded: version) == formatVersion else {
      return .stale("format \(UInt32(truncatingIfNeeded: version)), this build reads \(formatVersion)")
    }
    let fileIdentity = try header.digest()
    let key = try header.digest()
    let checksum = try header.digest()
    let hasher = SipHash128(key0: key.low, key1: key.high)
    let payload = UnsafeRawBufferPointer(rebasing: buffer[headerSize...])
    guard hasher.hash(payload) == checksum else { throw .init("checksum mismatch") }
    guard fileIdentity == identity.digest else { return .stale("written by another build or tables") }
    var reader = CacheByteReader(buffer, range: headerSize..<buffer.count)
    guard try reader.string() == root else { throw .init("written for another corpus root") }
    let count = try reader.count(perItem: 20)
    var entries: [String: Entry] = [:]
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let path = try reader.string()
      let digest = try reader.digest()
      let modifiedDay: Int?
      switch try reader.byte() {
      case 0: modifiedDay = nil
      case 1: modifiedDay = try reader.signed()
      default: throw .init("bad entry")
      }
      let record = try reader.bytes(try reader.count())
      guard
        entries.updateValue(Entry(digest: digest, modifiedDay: modifiedDay, record: record), forKey: path)
          == nil
      else { throw .init("duplicate entry") }
    }
    guard reader.isAtEnd else { throw .init("trailing bytes") }
    return .valid(Contents(bytes: bytes, key: hasher, entries: entries))
  }

  /// The contents of `bytes` whatever identity wrote them (tests inspect the entries).
  static func parseForTests(_ bytes: [UInt8]?, root: String) -> Contents? {
    guard let bytes, bytes.count >= headerSize else { return nil }
    let identity = bytes.withUnsafeBytes { buffer in
      var reader = CacheByteReader(buffer, range: 16..<32)
      return (try? reader.digest()).map(ExtractorIdentity.init(digest:))
    }
    guard let identity,
      case .valid(let contents)? = try? parse(
        bytes, root: CorpusLoader.absolutePath(root), identity: identity)
    else { return nil }
    return contents
  }

  /// The complete file for `entries`.
  static func encode(
    root: String, identity: ExtractorIdentity, key: SipHash128, entries: [NewEntry]
  ) -> [UInt8] {
    var payload = CacheByteWriter(
      capacity: entries.reduce(64) { $0 + 48 + $1.path.utf8.count + $1.record.count })
    payload.string(root)
    payload.count(entries.count)
    for entry in entries {
      payload.string(entry.path)
      payload.digest(entry.digest)
      if let day = entry.modifiedDay {
        payload.byte(1)
        payload.signed(day)
      } else {
        payload.byte(0)
      }
      payload.count(entry.record.count)
      payload.raw(entry.record)
    }
    var header = CacheByteWriter(capacity: headerSize + payload.bytes.count)
    header.raw(magic)
    header.fixed64(UInt64(formatVersion))
    header.digest(identity.digest)
    header.digest(ContentDigest(low: key.key0, high: key.key1))
    header.digest(key.hash(payload.bytes))
    header.raw(payload.bytes)
    return header.bytes
  }

  private enum WholeRead {
    case missing
    case failed(String)
    case bytes([UInt8])
  }

  private static func readWhole(_ path: String) -> WholeRead {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else {
      let error = PosixError.current()
      return error.code == ENOENT ? .missing : .failed(error.message)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failed(PosixError.current().message) }
    guard info.st_mode & S_IFMT == S_IFREG else { return .failed("not a regular file") }
    let size = Int(info.st_size)
    guard size <= maxBytes else { return .failed("too large (\(size) bytes)") }
    var bytes = [UInt8](repeating: 0, count: size)
    var count = 0
    while count < size {
      let got = bytes.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress! + count, size - count) }
      if got < 0 {
        if errno == EINTR { continue }
        return .failed(PosixError.current().message)
      }
      if got == 0 { break }
      count += got
    }
    bytes.removeLast(size - count)
    return .bytes(bytes)
  }

  private static func posixRead(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(fd, pointer, count)
    #else
      Darwin.read(fd, pointer, count)
    #endif
  }
}
