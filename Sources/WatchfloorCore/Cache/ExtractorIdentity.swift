internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// What the results of parsing and extraction depend on besides a file's bytes, path and (for
/// a report dated by its file time) modification day: the code and the tables. A cache entry is
/// reused only under the identity it was written with.
///
/// The identity is a digest of
/// - the cache format version (``ExtractionCacheFile/formatVersion``);
/// - the running executable (`/proc/self/exe`: device, inode, size, modification time), so a
///   rebuilt binary never reuses the results of the previous one;
/// - the Swift runtime libraries mapped into the process from the directory of
///   `libswiftCore.so` (standard library, Foundation, its ICU data): Unicode properties and
///   case folding come from them, and a toolchain update changes them under the same binary;
/// - every `*.tsv` resource as the extractor loads it (name and bytes), so an edited gazetteer
///   or cue table is noticed even without a rebuild;
/// - the parser's settings (``ReportParser/metadataLineLimit``, ``ReportParser/titleLimit``).
///
/// When the executable cannot be identified (no `/proc`), there is no identity and no cache.
public struct ExtractorIdentity: Hashable, Sendable {
  /// The digest of everything listed above.
  public let digest: ContentDigest

  /// An identity with a given digest (tests use it to simulate another build).
  public init(digest: ContentDigest) { self.digest = digest }

  /// The identity of this process with the bundled tables, computed once; nil when the
  /// executable cannot be identified.
  public static let bundled: ExtractorIdentity? = {
    guard let code = codeDescription() else { return nil }
    return ExtractorIdentity(parts: [code, ResourceText.digestText()])
  }()

  /// The bundled identity combined with `parser`'s settings; nil when there is none.
  static func current(parser: ReportParser) -> ExtractorIdentity? {
    guard let bundled else { return nil }
    return bundled.mixing("parser \(parser.metadataLineLimit) \(parser.titleLimit)")
  }

  /// This identity with more text mixed in.
  func mixing(_ text: String) -> ExtractorIdentity {
    ExtractorIdentity(parts: [digest.description, text])
  }

  init(parts: [String]) {
    var writer = CacheByteWriter()
    writer.unsigned(UInt64(ExtractionCacheFile.formatVersion))
    for part in parts { writer.string(part) }
    digest = Self.hasher.hash(writer.bytes)
  }

  /// A fixed key: the identity is not secret, only a fingerprint of the build.
  private static let hasher = SipHash128(key0: 0x5761_7463_6866_6c6f, key1: 0x6f72_2d69_6465_6e74)

  /// The executable and the runtime libraries, one line each: path, device, inode, size, mtime.
  static func codeDescription() -> String? {
    guard let executable = fileLine("/proc/self/exe") else { return nil }
    var lines = [executable]
    for library in runtimeLibraries() { lines.append(fileLine(library) ?? library + " ?") }
    return lines.joined(separator: "\n")
  }

  /// The files mapped from the Swift runtime's directory, sorted.
  private static func runtimeLibraries() -> [String] {
    guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return [] }
    var files = Set<String>()
    for line in maps.split(separator: "\n") {
      guard let slash = line.firstIndex(of: "/") else { continue }
      files.insert(String(line[slash...]))
    }
    guard let core = files.first(where: { $0.hasSuffix("/libswiftCore.so") }) else { return [] }
    let directory = core.dropLast("libswiftCore.so".count)
    return files.filter { $0.hasPrefix(directory) }.sorted()
  }

  private static func fileLine(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if os(Linux)
      let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    #else
      let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
    #endif
    return "\(path) \(info.st_dev) \(info.st_ino) \(info.st_size) \(modified)"
  }
}
