import Foundation

extension TemporaryDirectory {
  /// The absolute path of `relativePath`.
  public func absolute(_ relativePath: String) -> String { path + "/" + relativePath }

  /// Renames with `rename(2)`, replacing the destination as an editor's atomic save does.
  /// Either path may be absolute (outside this directory) when it starts with `/`.
  public func move(_ from: String, to: String) throws {
    let source = from.hasPrefix("/") ? from : absolute(from)
    let destination = to.hasPrefix("/") ? to : absolute(to)
    guard rename(source, destination) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: source])
    }
  }

  /// Sets the modification time of `relativePath` to `seconds` since 1970.
  public func setModified(_ relativePath: String, seconds: Int) throws {
    try setModified(relativePath, to: Date(timeIntervalSince1970: TimeInterval(seconds)))
  }
}
