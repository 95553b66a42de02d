internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Every region's names and spellings, to find the regions a text names (``regions(in:)``).
///
/// A cheap test first: a name is a candidate when its lower-cased UTF-8 occurs anywhere in one
/// of the lower-cased texts. Then the exact one: the candidate's folded form
/// (``TextFolding/key(_:)``) occurs between spaces in the folded texts (case and diacritics
/// ignored, whole words). The cheap test reads each text once for all names (by first byte)
/// instead of once per name.
struct RegionNames: Sendable {
  /// A region name or spelling: lower-cased UTF-8 (for the quick test) and folded (for the exact one).
  struct Name: Sendable {
    var region: Region
    var lowered: [UInt8]
    var folded: String
  }

  let names: [Name]
  /// For each byte, the names whose lower-cased UTF-8 starts with it.
  private let startingWith: [[Int]]
  /// Names with no bytes: candidates in any text.
  private let empty: [Int]

  /// The names and spellings of every region of `catalog`.
  init(_ catalog: RegionCatalog) {
    self.init(
      names: catalog.entries.flatMap { entry in
        ([entry.region.name] + entry.aliases).map {
          Name(region: entry.region, lowered: Array($0.lowercased().utf8), folded: TextFolding.key($0))
        }
      }.filter { !$0.folded.isEmpty })
  }

  init(names: [Name]) {
    self.names = names
    var startingWith = [[Int]](repeating: [], count: 256)
    var empty: [Int] = []
    for (index, name) in names.enumerated() {
      if let first = name.lowered.first {
        startingWith[Int(first)].append(index)
      } else {
        empty.append(index)
      }
    }
    self.startingWith = startingWith
    self.empty = empty
  }

  /// The regions whose names occur in `texts` as whole words (case and diacritics ignored).
  func regions(in texts: [String]) -> Set<Region> {
    guard !texts.isEmpty else { return [] }
    var isCandidate = [Bool](repeating: false, count: names.count)
    var remaining = names.count
    for index in empty {
      isCandidate[index] = true
      remaining -= 1
    }
    for text in texts where remaining > 0 {
      if Self.isASCII(text) {
        // ASCII lower-cases byte by byte: no need to build the lower-cased copy.
        var text = text
        text.withUTF8 { markCandidates(in: $0, isCandidate: &isCandidate, remaining: &remaining) }
      } else {
        Array(text.lowercased().utf8).withUnsafeBufferPointer {
          markCandidates(in: $0, isCandidate: &isCandidate, remaining: &remaining)
        }
      }
    }
    let candidates = names.indices.filter { isCandidate[$0] }
    guard !candidates.isEmpty else { return [] }
    let folded = " " + TextFolding.key(texts.joined(separator: "\n")) + " "
    var found = Set<Region>()
    for index in candidates where Self.contains(folded, " " + names[index].folded + " ") {
      found.insert(names[index].region)
    }
    return found
  }

  /// Marks the names whose lower-cased bytes occur in `bytes` (lower-cased here: ASCII upper
  /// case letters are lowered, every other byte is compared as it is).
  private func markCandidates(
    in bytes: UnsafeBufferPointer<UInt8>, isCandidate: inout [Bool], remaining: inout Int
  ) {
    let count = bytes.count
    var at = 0
    while at < count {
      for index in startingWith[Int(Self.lowered(bytes[at]))] where !isCandidate[index] {
        let needle = names[index].lowered
        guard needle.count <= count - at else { continue }
        var next = 1
        while next < needle.count, Self.lowered(bytes[at + next]) == needle[next] { next += 1 }
        guard next == needle.count else { continue }
        isCandidate[index] = true
        remaining -= 1
        if remaining == 0 { return }
      }
      at += 1
    }
  }

  @inline(__always)
  private static func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

  private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

  /// Whether `needle` occurs in `haystack`: bytes compared when both are ASCII (where the
  /// canonical equivalence of Foundation's `StringProtocol.contains` is byte equality), else
  /// Foundation's `contains`.
  private static func contains(_ haystack: String, _ needle: String) -> Bool {
    guard isASCII(haystack), isASCII(needle) else { return haystack.contains(needle) }
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { h in needle.withUTF8 { n in Self.bytes(h, contain: n) } }
  }

  /// Whether `needle` occurs in `haystack`: `memchr` for the needle's second byte (its first
  /// is a space here, in every gap between words), then `memcmp`.
  private static func bytes(
    _ haystack: UnsafeBufferPointer<UInt8>, contain needle: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    guard needle.count > 1 else { return needle.isEmpty || haystack.contains(needle[0]) }
    guard let h = haystack.baseAddress, let n = needle.baseAddress, needle.count <= haystack.count else {
      return false
    }
    let last = haystack.count - needle.count  // the last possible start
    var start = 0
    while start <= last {
      guard let found = memchr(h + start + 1, Int32(needle[1]), last - start + 1) else { return false }
      let at = h.distance(to: found.assumingMemoryBound(to: UInt8.self)) - 1
      if memcmp(h + at, n, needle.count) == 0 { return true }
      start = at + 1
    }
    return false
  }
}
