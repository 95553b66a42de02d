import Foundation

/// A fresh directory under the system temporary directory, removed when released, with
/// helpers to write, move and delete files by path relative to it.
public final class ScratchDirectory: @unchecked Sendable {
  /// Absolute path, without a trailing slash.
  public let path: String

  public init(prefix: String = "watchfloor") throws {
    let template = NSTemporaryDirectory() + "/\(prefix).XXXXXX"
    var bytes = Array(template.utf8CString)
    guard let created = mkdtemp(&bytes) else {
      throw CocoaError(.fileWriteUnknown)
    }
    path = URL(fileURLWithPath: String(cString: created)).standardizedFileURL.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// The absolute path of `relative`.
  public func absolute(_ relative: String) -> String { path + "/" + relative }

  /// Writes `contents` to `relative` (creating parent directories), replacing any file there.
  public func write(_ relative: String, _ contents: String) throws {
    let url = URL(fileURLWithPath: absolute(relative))
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url)
  }

  /// Creates a directory (and its parents).
  public func makeDirectory(_ relative: String) throws {
    try FileManager.default.createDirectory(
      atPath: absolute(relative), withIntermediateDirectories: true)
  }

  /// Renames with `rename(2)`, replacing the destination like an editor's atomic save.
  /// Either path may be absolute (outside this directory) if it starts with `/`.
  public func move(_ from: String, to: String) throws {
    let source = from.hasPrefix("/") ? from : absolute(from)
    let destination = to.hasPrefix("/") ? to : absolute(to)
    guard rename(source, destination) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: source])
    }
  }

  /// Removes a file or a directory tree.
  public func remove(_ relative: String) throws {
    try FileManager.default.removeItem(atPath: absolute(relative))
  }

  /// Sets the modification time of `relative` (seconds since the epoch).
  public func setModified(_ relative: String, seconds: Int) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: TimeInterval(seconds))],
      ofItemAtPath: absolute(relative))
  }
}
