/// A substring index over incidents: every incident's searchable text, folded, in one buffer,
/// so a filter is one fast scan instead of 100,000 string comparisons.
///
/// Each entry also has a 64-bit mask of the bytes its text contains (``ByteMask``): an entry
/// whose mask lacks a byte of the query cannot contain it, so most entries are ruled out by
/// one AND, and a one-letter query is answered by the masks alone.
struct SearchIndex: Sendable, Equatable {
  /// Folded text of all incidents, each followed by a 0 byte.
  private var buffer: [UInt8] = []
  /// Start offset of each incident's text in `buffer`, plus the end.
  private var starts: [Int] = [0]
  /// For each entry, the ``ByteMask`` of its text.
  private var masks: [UInt64] = []

  init() {}

  /// Appends the searchable text of the next incident.
  mutating func append(_ parts: [String]) {
    let start = buffer.count
    for part in parts {
      SearchFolding.fold(part, into: &buffer)
      buffer.append(0x20)
    }
    masks.append(ByteMask.of(buffer[start...]))
    buffer.append(0)
    starts.append(buffer.count)
  }

  /// Appends entries `range` of `other` (already folded), for an update that keeps most of them.
  mutating func append(entries range: Range<Int>, of other: SearchIndex) {
    guard !range.isEmpty else { return }
    let shift = buffer.count - other.starts[range.lowerBound]
    buffer.append(contentsOf: other.buffer[other.starts[range.lowerBound]..<other.starts[range.upperBound]])
    starts.append(contentsOf: other.starts[(range.lowerBound + 1)...range.upperBound].lazy.map { $0 + shift })
    masks.append(contentsOf: other.masks[range])
  }

  /// Reserves room for `count` more entries of about the average size so far.
  mutating func reserve(entries count: Int, like other: SearchIndex) {
    let average = other.count == 0 ? 64 : other.buffer.count / other.count + 1
    buffer.reserveCapacity(buffer.count + count * average)
    starts.reserveCapacity(starts.count + count)
    masks.reserveCapacity(masks.count + count)
  }

  var count: Int { starts.count - 1 }

  /// Removes and inserts entries in place, in one pass (see ``ArrayEdit``): `removing` are
  /// entry numbers in increasing order; each insertion's searchable parts go before entry
  /// `at` (positions before the edit, nondecreasing).
  mutating func apply(removing removed: [Int], inserting inserted: [(at: Int, parts: [String])]) {
    guard !removed.isEmpty || !inserted.isEmpty else { return }
    var bytes = ArrayEdit<UInt8>()
    var maskEdit = ArrayEdit<UInt64>()
    var texts: [(at: Int, length: Int)] = []  // inserted entries, by entry position
    var (nextRemoved, nextInserted) = (0, 0)
    while nextRemoved < removed.count || nextInserted < inserted.count {
      let removal = nextRemoved < removed.count ? removed[nextRemoved] : Int.max
      if nextInserted < inserted.count, inserted[nextInserted].at <= removal {
        var text: [UInt8] = []
        for part in inserted[nextInserted].parts {
          SearchFolding.fold(part, into: &text)
          text.append(0x20)
        }
        maskEdit.insert([ByteMask.of(text[...])], at: inserted[nextInserted].at)
        text.append(0)
        bytes.insert(text, at: starts[inserted[nextInserted].at])
        texts.append((inserted[nextInserted].at, text.count))
        nextInserted += 1
      } else {
        bytes.remove(starts[removal]..<starts[removal + 1])
        maskEdit.remove(removal..<(removal + 1))
        nextRemoved += 1
      }
    }
    buffer.apply(bytes)
    masks.apply(maskEdit)
    // The new starts: kept entries' lengths and the inserted ones, in order.
    var next: [Int] = [0]
    next.reserveCapacity(starts.count - removed.count + inserted.count)
    var (entry, nextText) = (0, 0)
    nextRemoved = 0
    while entry <= count {
      while nextText < texts.count, texts[nextText].at == entry {
        next.append(next[next.count - 1] + texts[nextText].length)
        nextText += 1
      }
      guard entry < count else { break }
      if nextRemoved < removed.count, removed[nextRemoved] == entry {
        nextRemoved += 1
      } else {
        next.append(next[next.count - 1] + starts[entry + 1] - starts[entry])
      }
      entry += 1
    }
    starts = next
  }

  /// Indices (in insertion order) of entries containing `query`; all entries when empty.
  func matches(_ query: String) -> [Int32] { matches(folded: SearchFolding.fold(query)) }

  /// Of `candidates`, those whose text contains `query` (for narrowing a previous result).
  func matches(_ query: String, within candidates: [Int32]) -> [Int32] {
    matches(folded: SearchFolding.fold(query), within: candidates)
  }

  /// Indices of entries containing `needle` (already folded with ``SearchFolding``).
  func matches(folded needle: [UInt8]) -> [Int32] {
    guard !needle.isEmpty else { return (0..<Int32(count)).map { $0 } }
    var result: [Int32] = []
    search(needle) { test in
      for entry in 0..<count where test(entry) { result.append(Int32(entry)) }
    }
    return result
  }

  /// Of `candidates`, those whose text contains `needle` (already folded).
  func matches(folded needle: [UInt8], within candidates: [Int32]) -> [Int32] {
    guard !needle.isEmpty else { return candidates }
    var result: [Int32] = []
    search(needle) { test in
      for entry in candidates where test(Int(entry)) { result.append(entry) }
    }
    return result
  }

  /// Calls `body` with a test "does entry i contain `needle`" (not empty) that is valid only
  /// during the call: a mask check, then, unless the mask decides, a scan of the entry's bytes
  /// (``Needle/isFound(in:length:)``).
  private func search(_ needle: [UInt8], _ body: ((Int) -> Bool) -> Void) {
    let wanted = ByteMask.of(needle[...])
    if needle.count == 1, ByteMask.isExact(needle[0]) {
      masks.withUnsafeBufferPointer { masks in body { masks[$0] & wanted == wanted } }
      return
    }
    buffer.withUnsafeBytes { hay in
      needle.withUnsafeBytes { pin in
        starts.withUnsafeBufferPointer { starts in
          masks.withUnsafeBufferPointer { masks in
            guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return }
            let pattern = Needle(pinBase, count: pin.count)
            body { entry in
              guard masks[entry] & wanted == wanted else { return false }
              let start = starts[entry]
              return pattern.isFound(in: base + start, length: starts[entry + 1] - start)
            }
          }
        }
      }
    }
  }

  /// A needle to find: its bytes, and its first and last byte repeated in 16 lanes.
  private struct Needle {
    let bytes: UnsafeRawPointer
    let count: Int
    let first: SIMD16<UInt8>
    let last: SIMD16<UInt8>

    init(_ bytes: UnsafeRawPointer, count: Int) {
      self.bytes = bytes
      self.count = count
      first = SIMD16(repeating: bytes.load(as: UInt8.self))
      last = SIMD16(repeating: bytes.load(fromByteOffset: count - 1, as: UInt8.self))
    }

    /// Whether the needle occurs in `length` bytes at `hay`. Sixteen start positions at a
    /// time, positions whose first and last byte both match are compared in full (the
    /// "SIMD-friendly" substring search: few false starts even for common letters).
    @inline(__always)
    func isFound(in hay: UnsafeRawPointer, length: Int) -> Bool {
      guard count <= length else { return false }
      let positions = length - count + 1
      var position = 0
      while position + 16 <= positions {
        let heads = hay.loadUnaligned(fromByteOffset: position, as: SIMD16<UInt8>.self)
        let tails = hay.loadUnaligned(fromByteOffset: position + count - 1, as: SIMD16<UInt8>.self)
        let hits = (heads .== first) .& (tails .== last)
        if any(hits) {
          for lane in 0..<16 where hits[lane] && isAt(hay + position + lane) { return true }
        }
        position += 16
      }
      let head = first[0]
      let tail = last[0]
      while position < positions {
        if hay.load(fromByteOffset: position, as: UInt8.self) == head,
          hay.load(fromByteOffset: position + count - 1, as: UInt8.self) == tail, isAt(hay + position)
        {
          return true
        }
        position += 1
      }
      return false
    }

    /// Whether the needle's bytes are at `start`.
    @inline(__always)
    private func isAt(_ start: UnsafeRawPointer) -> Bool {
      for offset in 0..<count
      where start.load(fromByteOffset: offset, as: UInt8.self)
        != bytes.load(fromByteOffset: offset, as: UInt8.self)
      {
        return false
      }
      return true
    }
  }
}

/// Which bytes a text contains, as 64 bits: one bit for each ASCII letter and digit (exact),
/// the other byte values sharing the remaining 28 bits.
enum ByteMask {
  static func bit(_ byte: UInt8) -> UInt64 {
    switch byte {
    case 0x61...0x7A: return 1 << UInt64(byte - 0x61)
    case 0x30...0x39: return 1 << UInt64(26 + byte - 0x30)
    default: return 1 << UInt64(36 + byte % 28)
    }
  }

  /// Whether the bit of `byte` stands for that byte alone (a lowercase letter or a digit; the
  /// folded text has no uppercase ASCII).
  static func isExact(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }

  static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var mask: UInt64 = 0
    for byte in bytes { mask |= bit(byte) }
    return mask
  }
}
