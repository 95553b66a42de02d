public import Foundation

/// A fresh directory under the system temporary directory, removed when this object goes away.
///
/// Helpers write files by path relative to the directory, creating parent folders as needed.
public final class TemporaryDirectory {
  /// Absolute path of the directory (no trailing `/`).
  public let path: String

  /// Creates an empty directory named `watchfloor-<prefix>-XXXXXX`.
  public init(prefix: String = "test") throws {
    let template = NSTemporaryDirectory() + "/watchfloor-\(prefix)-XXXXXX"
    var bytes = Array(template.utf8CString)
    guard let made = mkdtemp(&bytes) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: template])
    }
    path = URL(fileURLWithPath: String(cString: made)).standardizedFileURL.path
  }

  deinit {
    // Restore permissions a test may have removed, so removal succeeds.
    _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The absolute path of `relativePath` inside the directory.
  public func url(_ relativePath: String) -> URL {
    URL(fileURLWithPath: path + "/" + relativePath)
  }

  /// Writes UTF-8 `text` to `relativePath`, creating folders.
  @discardableResult
  public func write(_ relativePath: String, _ text: String) throws -> URL {
    try write(relativePath, bytes: Array(text.utf8))
  }

  /// Writes raw `bytes` to `relativePath`, creating folders.
  @discardableResult
  public func write(_ relativePath: String, bytes: [UInt8]) throws -> URL {
    let target = url(relativePath)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: target)
    return target
  }

  /// Creates the folder `relativePath` (and its parents).
  public func makeDirectory(_ relativePath: String) throws {
    try FileManager.default.createDirectory(at: url(relativePath), withIntermediateDirectories: true)
  }

  /// Creates a symbolic link at `relativePath` pointing to `destination` (absolute or relative).
  public func symlink(_ relativePath: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: url(relativePath).path, withDestinationPath: destination)
  }

  /// Sets the modification time of `relativePath`.
  public func setModified(_ relativePath: String, to date: Date) throws {
    try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url(relativePath).path)
  }

  /// Removes `relativePath`.
  public func remove(_ relativePath: String) throws {
    try FileManager.default.removeItem(at: url(relativePath))
  }
}
