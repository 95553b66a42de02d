import Foundation

/// A temporary copy of a corpus directory, removed when released.
final class ScratchCorpus {
  let path: String

  init(copying source: String) throws {
    var template = Array((NSTemporaryDirectory() + "/watchfloor-e2e-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    let directory = String(cString: made)
    path = directory + "/corpus"
    try FileManager.default.copyItem(atPath: source, toPath: path)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
  }
}
