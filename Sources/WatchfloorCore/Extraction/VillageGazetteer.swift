#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Mali's villages, hamlets, wells and camps from the generated `villages.tsv` resource
/// (GeoNames, CC BY 4.0), kept apart from the ``Gazetteer``: there are about fifteen times as
/// many of them, many share a name with a person, a word or a village of another region, so
/// they are weaker evidence. The ``PlaceResolver`` reads one only when an incident names no
/// known place, only when the words around it say it is a place ("in X", "the village of X",
/// "X village"), and only when its region is certain.
///
/// The file has one row per spelling, sorted by its folded key (``TextFolding/key(_:)``,
/// computed by the build script): `key, spelling, name, region, region_2023, cercle, geonameid`.
/// Loading keeps the bytes and the start of each row, nothing more, so the ~21,000 spellings
/// cost a millisecond at start-up; a lookup is a binary search over the keys.
public struct VillageGazetteer: Sendable {
  /// One village (or hamlet, well, camp) and where it lies.
  public struct Village: Hashable, Sendable {
    public var name: String
    /// The pre-2023 region (GeoNames' first-level division; Ménaka and Taoudénit by the
    /// nearest cercle seat).
    public var region: Region
    /// The region under the 2023 law when it differs, from the nearest cercle seat.
    public var region2023: Region?
    /// The cercle whose seat is nearest, an approximation.
    public var cercle: String?

    public init(name: String, region: Region, region2023: Region? = nil, cercle: String? = nil) {
      self.name = name
      self.region = region
      self.region2023 = region2023
      self.cercle = cercle
    }
  }

  /// The table's text.
  private let bytes: [UInt8]
  /// Where each row starts in ``bytes``, in key order.
  private let rows: [Int]
  private let regions: RegionCatalog
  /// The most words a spelling has.
  private let longestName: Int

  /// How many spellings the table holds.
  public var count: Int { rows.count }

  /// A table read from `villages.tsv` text (rows must be sorted by key, as the build script
  /// writes them; comment lines and the header are skipped).
  ///
  /// One pass over the bytes: `memchr` finds each line's end, and only a row's key (up to its
  /// first tab) is read, to count its words.
  public init(tsv: [UInt8], regions: RegionCatalog) {
    let (rows, longest) = tsv.withUnsafeBufferPointer { Self.rowStarts($0) }
    self.bytes = tsv
    self.rows = rows
    self.regions = regions
    self.longestName = longest
  }

  /// Where each row starts, and the most words a row's key has (at least 1).
  private static func rowStarts(_ tsv: UnsafeBufferPointer<UInt8>) -> (rows: [Int], longest: Int) {
    guard let base = tsv.baseAddress else { return ([], 1) }
    var rows: [Int] = []
    var longest = 1
    var start = 0
    while start < tsv.count {
      var end = tsv.count
      if let found = memchr(base + start, 0x0A, tsv.count - start) {
        end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      }
      if end > start, tsv[start] != UInt8(ascii: "#"), !isHeader(tsv, from: start, to: end) {
        rows.append(start)
        var words = 1
        var k = start
        while k < end, tsv[k] != UInt8(ascii: "\t") {
          if tsv[k] == UInt8(ascii: " ") { words += 1 }
          k += 1
        }
        longest = max(longest, words)
      }
      start = end + 1
    }
    return (rows, longest)
  }

  /// Whether the line `tsv[start..<end]` starts with ``header``.
  private static func isHeader(_ tsv: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    guard end - start >= header.count else { return false }
    for (offset, byte) in header.enumerated() where tsv[start + offset] != byte { return false }
    return true
  }

  /// A table of the given villages and their other spellings (tests build small ones).
  public init(villages: [(village: Village, aliases: [String])], regions: RegionCatalog = .bundled) {
    var lines: [(key: String, line: String)] = []
    for (village, aliases) in villages {
      var keys: Set<String> = []
      for spelling in [village.name] + aliases {
        let key = TextFolding.key(spelling)
        guard !key.isEmpty, keys.insert(key).inserted else { continue }
        let cells = [
          key, spelling, village.name, village.region.name, village.region2023?.name ?? "",
          village.cercle ?? "", "0",
        ]
        lines.append((key, cells.joined(separator: "\t")))
      }
    }
    lines.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
    self.init(tsv: Array(lines.map(\.line).joined(separator: "\n").utf8), regions: regions)
  }

  /// The villages shipped in the package resources, loaded once.
  public static let bundled = VillageGazetteer(tsv: ResourceText.loadBytes("villages"), regions: .bundled)

  /// No villages at all (tests that pin the gazetteer alone).
  public static let empty = VillageGazetteer(tsv: [], regions: .bundled)

  private static let header = Array("key\t".utf8)

  // MARK: - Lookup

  /// The villages one of whose spellings folds to `key` (``TextFolding/key(_:)``).
  public func lookup(key: String) -> [Village] {
    let wanted = Array(key.utf8)
    guard !wanted.isEmpty else { return [] }
    // First row whose key is not below `wanted`.
    var low = 0
    var high = rows.count
    while low < high {
      let mid = (low + high) / 2
      if compareKey(at: rows[mid], with: wanted) < 0 { low = mid + 1 } else { high = mid }
    }
    var found: [Village] = []
    var index = low
    while index < rows.count, compareKey(at: rows[index], with: wanted) == 0 {
      if let village = village(at: rows[index]) { found.append(village) }
      index += 1
    }
    return found
  }

  /// The villages of ``lookup(key:)`` for a spelling as written.
  public func lookup(_ name: String) -> [Village] { lookup(key: TextFolding.key(name)) }

  /// The longest village name starting at token `i`, and the index after it.
  func match(_ tokens: [TextToken], at i: Int) -> (values: [Village], next: Int)? {
    guard !rows.isEmpty else { return nil }
    var length = min(longestName, tokens.count - i)
    while length >= 1 {
      let key = tokens[i..<(i + length)].map(\.folded).joined(separator: " ")
      let found = lookup(key: key)
      if !found.isEmpty { return (found, i + length) }
      length -= 1
    }
    return nil
  }

  /// Compares the key of the row at `start` with `wanted`, bytewise (-1, 0, 1).
  private func compareKey(at start: Int, with wanted: [UInt8]) -> Int {
    var k = start
    var w = 0
    while true {
      let atEnd = k >= bytes.count || bytes[k] == UInt8(ascii: "\t") || bytes[k] == UInt8(ascii: "\n")
      if atEnd { return w == wanted.count ? 0 : -1 }
      if w == wanted.count { return 1 }
      if bytes[k] != wanted[w] { return bytes[k] < wanted[w] ? -1 : 1 }
      k += 1
      w += 1
    }
  }

  /// The village on the row at `start`, or nil when its region is unknown.
  private func village(at start: Int) -> Village? {
    let cells = cells(at: start)
    guard cells.count >= 6, let region = regions.region(named: cells[3]) else { return nil }
    return Village(
      name: cells[2], region: region, region2023: cells[4].isEmpty ? nil : regions.region(named: cells[4]),
      cercle: cells[5].isEmpty ? nil : cells[5])
  }

  /// The tab-separated cells of the row at `start`.
  private func cells(at start: Int) -> [String] {
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
    return bytes[start..<end].split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  /// Every row's stored key and spelling (for the check that the build script folds names as
  /// ``TextFolding/key(_:)`` does).
  public func storedSpellings() -> [(key: String, spelling: String)] {
    rows.map { start in
      let cells = cells(at: start)
      return (cells[0], cells.count > 1 ? cells[1] : "")
    }
  }
}
