internal import Foundation

/// A persistent cache of parse and extraction results on disk, so that a load after the first
/// one only parses and extracts the files that are new or changed.
///
/// There is one file per corpus root in ``directory`` (see ``ExtractionCacheFile`` for the
/// layout). Each entry is found by the file's path and reused only when the SipHash-2-4-128 of
/// the file's bytes is the one it was made from, when the ``ExtractorIdentity`` (format,
/// executable, runtime libraries, tables, parser settings) is the one of this process, and, for
/// a report dated by its file time, when the modification day is the same. Everything else is
/// extracted as without a cache, so a load with the cache equals a load without it.
///
/// The file is read at the start of a cold load (``CorpusLoader/loadWithFingerprints(root:progress:)``)
/// and rewritten at its end when anything changed, with entries only for the files loaded then
/// (entries of deleted files are dropped); writes are atomic. Live reloads re-extract the
/// changed files and do not write the cache: the next start extracts those few files again.
/// A missing, damaged or foreign file is ignored (``ExtractionCacheReport/warning`` says why);
/// a directory that cannot be written only means no cache.
public final class ExtractionCache: @unchecked Sendable {
  /// Where the cache files live.
  public let directory: String
  private let fixedIdentity: ExtractorIdentity?
  private let lock = NSLock()
  private var last: ExtractionCacheReport?

  /// A cache in `directory`, keyed by the identity of this process and the bundled tables
  /// (or by `identity`, which tests use to simulate another build).
  public init(directory: String, identity: ExtractorIdentity? = nil) {
    self.directory = directory
    fixedIdentity = identity
  }

  /// The default directory: `$WATCHFLOOR_CACHE_DIR`, else `$XDG_CACHE_HOME/watchfloor`, else
  /// `~/.cache/watchfloor`; nil when none can be found.
  public static func defaultDirectory(environment: [String: String]) -> String? {
    if let explicit = environment["WATCHFLOOR_CACHE_DIR"], !explicit.isEmpty { return explicit }
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/watchfloor" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/watchfloor" }
    return nil
  }

  /// What the cache did in the latest load that used it.
  public var lastReport: ExtractionCacheReport? { lock.withLock { last } }

  /// The name of the cache file of `root` (an absolute, standardised path).
  public static func fileName(root: String) -> String {
    let digest = SipHash128(key0: 0x726f_6f74_6e61_6d65, key1: 0x5761_7463_6866_6c72).hash(Array(root.utf8))
    return "corpus-\(digest.description).wfcache"
  }

  /// The path of the cache file of `root`.
  public func filePath(root: String) -> String { directory + "/" + Self.fileName(root: root) }

  /// Opens the cache for one load of `root` with `parser`.
  func begin(root: String, parser: ReportParser, count: Int) -> ExtractionCacheSession {
    var report = ExtractionCacheReport(file: filePath(root: root))
    guard
      let identity = fixedIdentity?.mixing("parser \(parser.metadataLineLimit) \(parser.titleLimit)")
        ?? ExtractorIdentity.current(parser: parser)
    else {
      report.unavailable = "the executable cannot be identified"
      return ExtractionCacheSession(root: root, identity: nil, contents: nil, report: report, count: count)
    }
    var contents: ExtractionCacheFile.Contents?
    switch ExtractionCacheFile.read(path: report.file, root: root, identity: identity) {
    case .missing, .stale: break
    case .invalid(let reason): report.warning = "extraction cache ignored (\(reason)): \(report.file)"
    case .valid(let valid): contents = valid
    }
    return ExtractionCacheSession(
      root: root, identity: identity, contents: contents, report: report, count: count)
  }

  /// Writes the session's entries when anything changed and records its report.
  func finish(_ session: ExtractionCacheSession) {
    var report = session.report
    let name = Self.fileName(root: session.root)
    if let bytes = session.fileBytes() {
      if let problem = AtomicFileWriter.write(bytes, directory: directory, name: name) {
        report.unavailable = problem
      } else {
        report.bytesWritten = bytes.count
        AtomicFileWriter.removeUnused(in: directory, keeping: name, olderThanDays: Self.unusedAfterDays)
      }
    } else if session.identity != nil {
      AtomicFileWriter.touch(directory + "/" + name)  // in use: not removed as unused
    }
    lock.withLock { last = report }
  }

  /// The cache file of a corpus root not loaded for this many days is removed by the next write
  /// of another one, so the folder does not keep files of corpora no longer read.
  public static let unusedAfterDays = 60
}
