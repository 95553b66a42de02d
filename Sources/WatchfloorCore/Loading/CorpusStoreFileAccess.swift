internal import Foundation

/// How the store reaches the disk. TEMPORARY: replaced by the loader's per-file API
/// (`listFiles(root:)`, `loadFile(root:relativePath:)`) once it lands, so that the store and a
/// cold load apply exactly the same rules.
extension CorpusStore {
  /// Size and modification time of a file: the quick "did it change" check.
  struct FileStamp: Hashable, Sendable {
    var size: Int64
    var modified: Int64
  }

  /// A file read from disk.
  struct FileReading: Sendable {
    var contentHash: UInt64
    var outcome: FileOutcome
  }

  /// Every candidate file under the root, relative paths.
  func listPaths() throws(CorpusError) -> [String] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: URL(fileURLWithPath: root), includingPropertiesForKeys: [.isRegularFileKey])
    else { throw CorpusError("cannot read corpus directory \(root)") }
    var paths: [String] = []
    let prefix = URL(fileURLWithPath: root).standardizedFileURL.path + "/"
    for case let url as URL in enumerator {
      let path = url.standardizedFileURL.path
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
        path.hasPrefix(prefix)
      else { continue }
      paths.append(String(path.dropFirst(prefix.count)))
    }
    return paths
  }

  /// Whether a single reported path belongs to the corpus (without listing everything).
  func isCorpusFile(_ path: String) -> Bool {
    !path.split(separator: "/").dropLast().contains { $0.hasPrefix(".") }
  }

  func stamp(of path: String) -> FileStamp? {
    guard
      let attributes = try? FileManager.default.attributesOfItem(atPath: root + "/" + path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      let size = attributes[.size] as? Int64 ?? (attributes[.size] as? Int).map(Int64.init),
      let date = attributes[.modificationDate] as? Date
    else { return nil }
    return FileStamp(size: size, modified: Int64(date.timeIntervalSince1970 * 1_000_000_000))
  }

  func read(_ path: String) -> FileReading? {
    guard let data = FileManager.default.contents(atPath: root + "/" + path) else { return nil }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let text = String(decoding: data, as: UTF8.self)
    var report = ReportParser().parse(path: path, text: text, fileModified: nil)
    report.incidents = loader.extractor.extract(from: report)
    return FileReading(contentHash: hash, outcome: .report(report))
  }
}
