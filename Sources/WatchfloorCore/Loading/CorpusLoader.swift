internal import Dispatch
internal import Foundation

/// Reads a corpus directory into a ``Corpus``.
///
/// A corpus is a directory read recursively. `*.txt` and `*.md` regular files are reports;
/// hidden entries, editor temp/backup files and other extensions are skipped with a reason
/// (see ``CorpusFileRules``); symbolic links are never followed; FIFOs and devices are never
/// opened; binary files (NUL bytes) are skipped; unreadable files and directories are
/// ``SkippedFile/Reason/failed(_:)``. Results are in sorted path order whatever the parallelism.
///
/// ## Incremental loading (for the watcher)
/// - ``listFiles(root:)`` walks the tree without reading files: candidate reports with their
///   size and modification time, plus the entries skipped by name or type.
/// - ``loadFile(root:relativePath:)`` reads, decodes, parses and extracts one file and returns
///   the report with its ``FileFingerprint`` (size, mtime, content hash), or why it was skipped.
///   A watcher keeps a `[path: FileFingerprint]`, re-lists or reacts to events, calls
///   `loadFile` only for paths whose size or mtime changed, and may keep the old report when
///   the new content hash is unchanged.
/// - ``loadWithFingerprints(root:)`` is a cold load that also returns every fingerprint, to
///   seed that map.
public struct CorpusLoader: Sendable {
  /// The extractor: the bundled one (built on first use, so a load served entirely from the
  /// ``cache`` never loads the tables) unless another was given.
  public var extractor: IncidentExtractor {
    get { customExtractor ?? IncidentExtractor.bundled }
    set { customExtractor = newValue }
  }
  /// Set when the extractor is not the bundled one; the ``cache`` is not used then (its
  /// identity describes the bundled tables).
  private var customExtractor: IncidentExtractor?
  public var parser = ReportParser()
  /// The persistent extraction cache used by cold loads (``loadWithFingerprints(root:progress:)``),
  /// or nil (the default) for none. ``loadFile(root:relativePath:)`` never uses it.
  public var cache: ExtractionCache?
  /// Files larger than this are skipped as failed with a clear reason (default 32 MiB).
  public var maxFileBytes = 32 << 20
  /// 1 loads sequentially; more loads files in parallel (`DispatchQueue.concurrentPerform`,
  /// which uses the machine's cores) when there are at least 64 files. The result is the same.
  public var maxConcurrency = ProcessInfo.processInfo.activeProcessorCount

  /// A loader with `extractor`, or the bundled extractor when nil.
  public init(extractor: IncidentExtractor? = nil, cache: ExtractionCache? = nil) {
    customExtractor = extractor
    self.cache = cache
  }

  /// Loads every report under `root`.
  /// - Throws: ``CorpusError`` when `root` is missing, not a directory or unreadable.
  public func load(root: String) throws(CorpusError) -> Corpus {
    try loadWithFingerprints(root: root).corpus
  }

  /// A cold load that also returns the fingerprint of every file it examined, keyed by path.
  /// - Parameter progress: told how many of the listed files are loaded, at most about every
  ///   100 ms (see ``CorpusLoadProgressHandler``); nil costs nothing.
  public func loadWithFingerprints(
    root: String, progress: CorpusLoadProgressHandler? = nil
  ) throws(CorpusError) -> (
    corpus: Corpus, fingerprints: [String: FileFingerprint]
  ) {
    let listing = try listFiles(root: root, statusOfFiles: false)
    let reporter = progress.map { LoadProgressReporter(total: listing.files.count, handler: $0) }
    let session =
      customExtractor == nil
      ? cache?.begin(root: listing.root, parser: parser, count: listing.files.count) : nil
    let outcomes = loadAll(
      listing.files.map(\.path), root: listing.root, reporter: reporter,
      session: session?.isUsable == true ? session : nil)
    reporter?.finish()
    if let session { cache?.finish(session) }
    var reports: [Report] = []
    reports.reserveCapacity(outcomes.count)
    var skipped = listing.skipped
    var fingerprints: [String: FileFingerprint] = [:]
    fingerprints.reserveCapacity(outcomes.count)
    for outcome in outcomes {
      switch outcome {
      case .loaded(let report, let fingerprint):
        reports.append(report)
        fingerprints[report.path] = fingerprint
      case .skipped(let file, let fingerprint):
        skipped.append(file)
        if let fingerprint { fingerprints[file.path] = fingerprint }
      }
    }
    skipped.sort { UTF8Order.precedes($0.path, $1.path) }
    return (Corpus(root: listing.root, reports: reports, skipped: skipped), fingerprints)
  }

  /// Walks `root` recursively without reading any file.
  /// - Throws: ``CorpusError`` when `root` is missing, not a directory or unreadable.
  public func listFiles(root: String) throws(CorpusError) -> CorpusListing {
    try listFiles(root: root, statusOfFiles: true)
  }

  /// ``listFiles(root:)``; without `statusOfFiles`, an entry whose type the directory tells
  /// (`d_type`) is not `lstat`ed, and a candidate file's fingerprint is left empty (size 0,
  /// time 0): what a full load needs, as it reads every candidate (``loadChecked(_:root:cache:)``
  /// tells a file that cannot be examined as the listing does).
  func listFiles(root: String, statusOfFiles: Bool) throws(CorpusError) -> CorpusListing {
    let absolute = try Self.resolveRoot(root)
    var files: [CorpusFile] = []
    var skipped: [SkippedFile] = []
    var pending: [String] = [""]
    while let relativeDirectory = pending.popLast() {
      let directory = relativeDirectory.isEmpty ? absolute : absolute + "/" + relativeDirectory
      let names: [(name: String, type: PosixFileSystem.EntryType?)]
      switch PosixFileSystem.listTyped(directory) {
      case .success(let listed):
        names = listed.entries
        if listed.undecodable > 0 {
          let where_ = relativeDirectory.isEmpty ? "." : relativeDirectory
          skipped.append(
            SkippedFile(
              path: where_, reason: .failed("\(listed.undecodable) file name(s) are not valid UTF-8")))
        }
      case .failure(let error):
        if relativeDirectory.isEmpty {
          throw CorpusError("cannot read corpus directory \(absolute): \(error.message)")
        }
        skipped.append(
          SkippedFile(path: relativeDirectory, reason: .failed("cannot read directory: \(error.message)")))
        continue
      }
      for (name, listedType) in names {
        let path = relativeDirectory.isEmpty ? name : relativeDirectory + "/" + name
        if !statusOfFiles, let listedType {
          if let reason = Self.skipReason(name: name, type: listedType) {
            skipped.append(SkippedFile(path: path, reason: reason))
          } else if listedType == .directory {
            pending.append(path)
          } else {
            files.append(
              CorpusFile(
                path: path, fingerprint: FileFingerprint(size: 0, modifiedNanoseconds: 0, contentHash: nil)))
          }
          continue
        }
        switch PosixFileSystem.status(absolute + "/" + path) {
        case .failure(let error):
          skipped.append(SkippedFile(path: path, reason: .failed("cannot examine: \(error.message)")))
        case .success(let status):
          if let reason = Self.skipReason(name: name, type: status.type) {
            skipped.append(SkippedFile(path: path, reason: reason))
          } else if status.type == .directory {
            pending.append(path)
          } else {
            let fingerprint = FileFingerprint(
              size: status.size, modifiedNanoseconds: status.modifiedNanoseconds, contentHash: nil)
            files.append(CorpusFile(path: path, fingerprint: fingerprint))
          }
        }
      }
    }
    files.sort { UTF8Order.precedes($0.path, $1.path) }
    skipped.sort { UTF8Order.precedes($0.path, $1.path) }
    return CorpusListing(root: absolute, files: files, skipped: skipped)
  }

  /// Loads one file: name rules, type checks, read, decode, parse and extract.
  ///
  /// - Parameters:
  ///   - root: the corpus root as given to ``load(root:)`` (relative paths are resolved
  ///     against the current directory).
  ///   - relativePath: `/`-separated path below `root`. Hidden or editor path components
  ///     anywhere in it make the file ignored, as in a full load.
  /// - Returns: the report and its fingerprint, or the reason it was skipped. A file that does
  ///   not exist (e.g. deleted) is `.skipped` with a `.failed("no such file …")` reason and no
  ///   fingerprint.
  public func loadFile(root: String, relativePath: String) -> FileLoadOutcome {
    let absolute = Self.absolutePath(root)
    let components = relativePath.split(separator: "/").map(String.init)
    for (index, component) in components.enumerated() {
      let isLast = index == components.count - 1
      if !isLast, let reason = CorpusFileRules.skipReason(name: component, isDirectory: true) {
        return .skipped(SkippedFile(path: relativePath, reason: reason), nil)
      }
    }
    return loadChecked(relativePath, root: absolute)
  }

  // MARK: - Internals

  private func loadAll(
    _ paths: [String], root: String, reporter: LoadProgressReporter?, session: ExtractionCacheSession?
  ) -> [FileLoadOutcome] {
    guard maxConcurrency > 1, paths.count >= 64 else {
      return paths.indices.map { index in
        defer { reporter?.advance(by: 1) }
        return loadChecked(paths[index], root: root, cache: session.map { ($0, index) })
      }
    }
    let slots = OrderedSlots<FileLoadOutcome>(count: paths.count)
    let chunk = 32
    let chunks = (paths.count + chunk - 1) / chunk
    let loader = self
    DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
      let start = chunkIndex * chunk
      for index in start..<min(start + chunk, paths.count) {
        slots.set(index, loader.loadChecked(paths[index], root: root, cache: session.map { ($0, index) }))
      }
      reporter?.advance(by: min(start + chunk, paths.count) - start)
    }
    return slots.collect()
  }

  /// Loads a path whose directories already passed the rules.
  /// With `cache`, the report is looked up in the session (at the file's index) and a freshly
  /// extracted one is stored there.
  private func loadChecked(
    _ path: String, root: String, cache: (session: ExtractionCacheSession, index: Int)? = nil
  ) -> FileLoadOutcome {
    let name = String(path.split(separator: "/").last ?? Substring(path))
    if let reason = CorpusFileRules.skipReason(name: name, isDirectory: false) {
      return .skipped(SkippedFile(path: path, reason: reason), nil)
    }
    switch PosixFileSystem.readFile(root + "/" + path, limit: maxFileBytes) {
    case .failed(let message):
      // A listing without `lstat` leaves a file that cannot even be examined (a directory
      // that can be listed but not searched) to this point: told as the listing tells it. A
      // file gone since the listing is "cannot read", as when the listing examined it.
      if case .failure(let error) = PosixFileSystem.status(root + "/" + path), error.code != ENOENT {
        return .skipped(SkippedFile(path: path, reason: .failed("cannot examine: \(error.message)")), nil)
      }
      return .skipped(SkippedFile(path: path, reason: .failed("cannot read: \(message)")), nil)
    case .notRegular(let type):
      let reason = Self.skipReason(name: name, type: type) ?? .notText("not a regular file (directory)")
      return .skipped(SkippedFile(path: path, reason: reason), nil)
    case .tooLarge(let size):
      let reason = SkippedFile.Reason.failed(
        "too large: \(size) bytes, the limit is \(maxFileBytes) bytes")
      return .skipped(SkippedFile(path: path, reason: reason), nil)
    case .bytes(let bytes, let status):
      // A file still changing after the read attempts gets a fingerprint that matches no
      // file, so the next look at it (its writer's close event) reads it again.
      let fingerprint = FileFingerprint(
        size: status.size,
        modifiedNanoseconds: status.changedWhileReading ? .min : status.modifiedNanoseconds,
        contentHash: FileFingerprint.hash(bytes))
      let decoded = ReportTextDecoder.decode(bytes)
      if decoded.isBinary {
        let reason = SkippedFile.Reason.notText("binary content (NUL bytes)")
        return .skipped(SkippedFile(path: path, reason: reason), fingerprint)
      }
      let dayOrdinal = Int(floorDivide(status.modifiedNanoseconds, 86_400_000_000_000))
      let digest = cache.map { $0.session.hasher.hash(bytes) }
      var report: Report
      if let cache, let digest,
        let cached = cache.session.cachedReport(
          at: cache.index, path: path, digest: digest, modifiedDay: dayOrdinal, body: decoded.text)
      {
        report = cached
      } else {
        report = parser.parse(path: path, text: decoded.text, fileModified: Day(ordinal: dayOrdinal))
        report.incidents = extractor.extract(from: report)
        if let cache, let digest {
          if status.changedWhileReading {
            cache.session.markMissed(at: cache.index)
          } else {
            cache.session.store(report, at: cache.index, digest: digest, modifiedDay: dayOrdinal)
          }
        }
      }
      report.warnings = decoded.warnings
      if bytes.isEmpty { report.warnings.append("empty file") }
      if status.changedWhileReading {
        report.warnings.append("file changed while being read; loaded the bytes read so far")
      }
      return .loaded(report, fingerprint)
    }
  }

  static func skipReason(name: String, type: PosixFileSystem.EntryType) -> SkippedFile.Reason? {
    switch type {
    case .symlink: return .ignored("symbolic link, not followed")
    case .special(let kind): return .notText("not a regular file (\(kind))")
    case .directory: return CorpusFileRules.skipReason(name: name, isDirectory: true)
    case .regular: return CorpusFileRules.skipReason(name: name, isDirectory: false)
    }
  }

  /// `root` made absolute and standardised (no `.`/`..` segments, no trailing `/`).
  static func absolutePath(_ root: String) -> String {
    URL(fileURLWithPath: root).standardizedFileURL.path
  }

  /// The absolute root, checked to be a readable directory.
  static func resolveRoot(_ root: String) throws(CorpusError) -> String {
    guard !root.isEmpty else { throw CorpusError("corpus path is empty") }
    let absolute = absolutePath(root)
    switch PosixFileSystem.statusFollowing(absolute) {
    case .failure(let error):
      if error.code == ENOENT { throw CorpusError("corpus directory not found: \(absolute)") }
      throw CorpusError("cannot open corpus directory \(absolute): \(error.message)")
    case .success(let status):
      guard status.type == .directory else {
        throw CorpusError("corpus path is not a directory: \(absolute)")
      }
    }
    return absolute
  }
}

private func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}
