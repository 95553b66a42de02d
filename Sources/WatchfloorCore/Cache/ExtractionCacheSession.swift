/// The extraction cache during one cold load: the old file's entries to look reports up in,
/// and a slot per listed file for the entry the new file will hold.
///
/// Workers call ``cachedReport(at:path:digest:modifiedDay:body:)`` and
/// ``store(_:at:digest:modifiedDay:)`` concurrently, each for distinct indices; the old
/// contents are only read. ``fileBytes()`` runs after every worker finished (as with
/// ``OrderedSlots``), hence `@unchecked Sendable`.
final class ExtractionCacheSession: @unchecked Sendable {
  let root: String
  /// Nil when the cache cannot be used at all (the executable cannot be identified).
  let identity: ExtractorIdentity?
  let hasher: SipHash128
  private let contents: ExtractionCacheFile.Contents?
  private var baseReport: ExtractionCacheReport
  private let slots: UnsafeMutablePointer<Slot>
  private let count: Int

  private enum Slot {
    case none
    case reused(path: String, ExtractionCacheFile.Entry)
    /// Extracted and encoded; `replacedDamaged` when the old entry could not be read.
    case fresh(ExtractionCacheFile.NewEntry, replacedDamaged: Bool)
    /// Extracted: not cacheable (or its record was damaged, when `damaged`).
    case missed(damaged: Bool)
  }

  init(
    root: String, identity: ExtractorIdentity?, contents: ExtractionCacheFile.Contents?,
    report: ExtractionCacheReport, count: Int
  ) {
    self.root = root
    self.identity = identity
    self.contents = contents
    baseReport = report
    var random = SystemRandomNumberGenerator()
    hasher = contents?.key ?? SipHash128(key0: random.next(), key1: random.next())
    self.count = count
    slots = UnsafeMutablePointer<Slot>.allocate(capacity: max(count, 1))
    slots.initialize(repeating: .none, count: max(count, 1))
  }

  deinit {
    slots.deinitialize(count: max(count, 1))
    slots.deallocate()
  }

  /// Whether lookups and stores do anything.
  var isUsable: Bool { identity != nil }

  /// The report cached for these bytes, rebuilt on `body`; nil on a miss. Records the hit.
  func cachedReport(
    at index: Int, path: String, digest: ContentDigest, modifiedDay: Int, body: String
  ) -> Report? {
    guard let contents, let entry = contents.entries[path], entry.digest == digest,
      entry.modifiedDay == nil || entry.modifiedDay == modifiedDay
    else { return nil }
    let report = contents.bytes.withUnsafeBytes { buffer -> Report? in
      var reader = CacheByteReader(buffer, range: entry.record)
      guard let report = try? CachedReportCodec.decode(&reader, path: path, body: body), reader.isAtEnd,
        report.dateSource == .fileModified ? entry.modifiedDay == modifiedDay : entry.modifiedDay == nil
      else { return nil }
      return report
    }
    slots[index] = report == nil ? .missed(damaged: true) : .reused(path: path, entry)
    return report
  }

  /// Encodes a freshly extracted report (without its load warnings) for the next file, when
  /// the record reads back as the same report; otherwise the file stays uncached.
  func store(_ report: Report, at index: Int, digest: ContentDigest, modifiedDay: Int) {
    var damaged = false
    if case .missed(damaged: true) = slots[index] { damaged = true }
    var plain = report
    plain.warnings = []
    let record = CachedReportCodec.encode(plain)
    let readBack = record.withUnsafeBytes { buffer -> Report? in
      var reader = CacheByteReader(buffer, range: 0..<buffer.count)
      guard let decoded = try? CachedReportCodec.decode(&reader, path: report.path, body: report.body),
        reader.isAtEnd
      else { return nil }
      return decoded
    }
    guard readBack == plain else {
      slots[index] = .missed(damaged: damaged)
      return
    }
    let day = report.dateSource == .fileModified ? modifiedDay : nil
    slots[index] = .fresh(
      ExtractionCacheFile.NewEntry(path: report.path, digest: digest, modifiedDay: day, record: record),
      replacedDamaged: damaged)
  }

  /// Marks a loaded report that was extracted without being stored (e.g. read while changing).
  func markMissed(at index: Int) {
    if case .none = slots[index] { slots[index] = .missed(damaged: false) }
  }

  /// The session's report: hits, misses, entries dropped.
  var report: ExtractionCacheReport {
    var report = baseReport
    var damaged = 0
    for index in 0..<count {
      switch slots[index] {
      case .reused: report.hits += 1
      case .fresh(_, let wasDamaged):
        report.misses += 1
        if wasDamaged { damaged += 1 }
      case .missed(let wasDamaged):
        report.misses += 1
        if wasDamaged { damaged += 1 }
      case .none: break
      }
    }
    if let contents { report.dropped = contents.entries.count - report.hits }
    if damaged > 0, report.warning == nil {
      report.warning =
        "extraction cache: \(damaged) damaged entr\(damaged == 1 ? "y" : "ies") ignored: \(report.file)"
    }
    return report
  }

  /// The new cache file, or nil when the old one already holds exactly these entries.
  func fileBytes() -> [UInt8]? {
    guard let identity else { return nil }
    var reused = 0
    var changed = contents == nil
    for index in 0..<count {
      switch slots[index] {
      case .reused: reused += 1
      case .fresh: changed = true
      case .missed(let damaged): if damaged { changed = true }
      case .none: break
      }
    }
    if let contents, reused != contents.entries.count { changed = true }
    guard changed else { return nil }
    var entries: [ExtractionCacheFile.NewEntry] = []
    entries.reserveCapacity(count)
    for index in 0..<count {
      switch slots[index] {
      case .reused(let path, let entry):
        let record = Array(contents!.bytes[entry.record])
        entries.append(
          ExtractionCacheFile.NewEntry(
            path: path, digest: entry.digest, modifiedDay: entry.modifiedDay, record: record))
      case .fresh(let entry, _): entries.append(entry)
      case .missed, .none: break
      }
    }
    return ExtractionCacheFile.encode(root: root, identity: identity, key: hasher, entries: entries)
  }
}
