#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A substring index over incidents: every incident's searchable text, folded, in one buffer,
/// so a filter is one fast scan instead of 100,000 string comparisons.
struct SearchIndex: Sendable, Equatable {
  /// Folded text of all incidents, each followed by a 0 byte.
  private var buffer: [UInt8] = []
  /// Start offset of each incident's text in `buffer`, plus the end.
  private var starts: [Int] = [0]

  init() {}

  /// Appends the searchable text of the next incident.
  mutating func append(_ parts: [String]) {
    for part in parts {
      SearchFolding.fold(part, into: &buffer)
      buffer.append(0x20)
    }
    buffer.append(0)
    starts.append(buffer.count)
  }

  /// Appends entries `range` of `other` (already folded), for an update that keeps most of them.
  mutating func append(entries range: Range<Int>, of other: SearchIndex) {
    guard !range.isEmpty else { return }
    let shift = buffer.count - other.starts[range.lowerBound]
    buffer.append(contentsOf: other.buffer[other.starts[range.lowerBound]..<other.starts[range.upperBound]])
    starts.append(contentsOf: other.starts[(range.lowerBound + 1)...range.upperBound].lazy.map { $0 + shift })
  }

  /// Reserves room for `count` more entries of about the average size so far.
  mutating func reserve(entries count: Int, like other: SearchIndex) {
    let average = other.count == 0 ? 64 : other.buffer.count / other.count + 1
    buffer.reserveCapacity(buffer.count + count * average)
    starts.reserveCapacity(starts.count + count)
  }

  var count: Int { starts.count - 1 }

  /// Removes and inserts entries in place, in one pass (see ``ArrayEdit``): `removing` are
  /// entry numbers in increasing order; each insertion's searchable parts go before entry
  /// `at` (positions before the edit, nondecreasing).
  mutating func apply(removing removed: [Int], inserting inserted: [(at: Int, parts: [String])]) {
    guard !removed.isEmpty || !inserted.isEmpty else { return }
    var bytes = ArrayEdit<UInt8>()
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
        text.append(0)
        bytes.insert(text, at: starts[inserted[nextInserted].at])
        texts.append((inserted[nextInserted].at, text.count))
        nextInserted += 1
      } else {
        bytes.remove(starts[removal]..<starts[removal + 1])
        nextRemoved += 1
      }
    }
    buffer.apply(bytes)
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
  func matches(_ query: String) -> [Int32] {
    let needle = SearchFolding.fold(query)
    guard !needle.isEmpty else { return (0..<Int32(count)).map { $0 } }
    var result: [Int32] = []
    buffer.withUnsafeBytes { hay in
      needle.withUnsafeBytes { pin in
        starts.withUnsafeBufferPointer { starts in
          guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return }
          var offset = 0
          var entry = 0
          while offset < hay.count {
            guard let found = find(base + offset, hay.count - offset, pinBase, pin.count) else { break }
            let position = base.distance(to: found)
            while starts[entry + 1] <= position { entry += 1 }
            result.append(Int32(entry))
            entry += 1
            offset = starts[entry]
          }
        }
      }
    }
    return result
  }

  /// Of `candidates`, those whose text contains `query` (for narrowing a previous result).
  func matches(_ query: String, within candidates: [Int32]) -> [Int32] {
    let needle = SearchFolding.fold(query)
    guard !needle.isEmpty else { return candidates }
    return buffer.withUnsafeBytes { hay in
      needle.withUnsafeBytes { pin in
        guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return [] }
        return candidates.filter { entry in
          let start = starts[Int(entry)]
          let end = starts[Int(entry) + 1]
          return find(base + start, end - start, pinBase, pin.count) != nil
        }
      }
    }
  }

  /// First occurrence of `needle` in `haystack` (memchr on the first byte, then memcmp).
  private func find(
    _ haystack: UnsafeRawPointer, _ length: Int, _ needle: UnsafeRawPointer, _ needleLength: Int
  ) -> UnsafeRawPointer? {
    guard needleLength <= length else { return nil }
    let first = Int32(needle.load(as: UInt8.self))
    var cursor = haystack
    var remaining = length - needleLength + 1
    while remaining > 0 {
      guard let hit = memchr(cursor, first, remaining) else { return nil }
      let found = UnsafeRawPointer(hit)
      if memcmp(found, needle, needleLength) == 0 { return found }
      let skip = cursor.distance(to: found) + 1
      cursor = found + 1
      remaining -= skip
    }
    return nil
  }
}
