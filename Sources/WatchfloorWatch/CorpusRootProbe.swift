import Glibc

/// Tells whether the corpus folder is reachable: it exists, is a directory that can be listed,
/// and, when it was a mount point at start, is still one (an unmounted file system leaves an
/// empty directory behind, which must not be mistaken for a corpus whose files were deleted).
struct CorpusRootProbe: Sendable {
  /// Absolute path of the corpus directory.
  let root: String
  /// The folder was the root of a mounted file system when watching started.
  let wasMountPoint: Bool

  /// Remembers whether `root` is a mount point now.
  init(root: String) {
    self.root = root
    wasMountPoint = Self.isMountPoint(root)
  }

  /// Why the folder cannot be used now, or nil when it can.
  func problem() -> String? {
    var info = stat()
    guard stat(root, &info) == 0 else {
      return errno == ENOENT ? "not found" : String(cString: strerror(errno))
    }
    guard info.st_mode & S_IFMT == S_IFDIR else { return "not a directory" }
    guard let directory = opendir(root) else { return String(cString: strerror(errno)) }
    closedir(directory)
    if wasMountPoint, !Self.isMountPoint(root) { return "file system unmounted" }
    return nil
  }

  /// True when `path` is on another device than its parent directory.
  static func isMountPoint(_ path: String) -> Bool {
    var own = stat()
    var parent = stat()
    guard stat(path, &own) == 0, stat(path + "/..", &parent) == 0 else { return false }
    return own.st_dev != parent.st_dev
  }
}
