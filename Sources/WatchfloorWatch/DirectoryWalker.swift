import Glibc

/// One entry found while walking a directory tree, without following symbolic links.
struct DirectoryEntry: Hashable, Sendable {
  /// Path relative to the walked root, with `/` separators.
  var path: String
  var isDirectory: Bool
  var size: Int64
  /// Modification time in nanoseconds since the epoch.
  var modified: Int64
}

/// Walks a directory tree with `opendir`/`readdir`/`lstat`.
///
/// Hidden directories (name starting with `.`, such as `.git`) are not entered: the loader
/// ignores hidden files, and watching a version-control directory would waste inotify watches.
enum DirectoryWalker {
  /// Every directory under `root` (relative paths, not including the root itself) and every
  /// regular file; unreadable subdirectories are skipped.
  /// - Parameter prefix: relative path of `root` within the corpus ("" for the corpus root).
  static func walk(root: String, prefix: String = "") throws(WatchError) -> [DirectoryEntry] {
    var entries: [DirectoryEntry] = []
    guard let names = listNames(root) else {
      throw .unreadableDirectory("\(root): \(String(cString: strerror(errno)))")
    }
    var pending: [(absolute: String, relative: String, names: [String])] = [(root, prefix, names)]
    while let (absolute, relative, names) = pending.popLast() {
      for name in names {
        let childAbsolute = absolute + "/" + name
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        guard let info = statInfo(childAbsolute) else { continue }
        if info.isDirectory {
          guard !name.hasPrefix(".") else { continue }
          entries.append(DirectoryEntry(path: childRelative, isDirectory: true, size: 0, modified: 0))
          if let childNames = listNames(childAbsolute) {
            pending.append((childAbsolute, childRelative, childNames))
          }
        } else if info.isRegular {
          entries.append(
            DirectoryEntry(
              path: childRelative, isDirectory: false, size: info.size, modified: info.modified))
        }
      }
    }
    return entries
  }

  /// The names in a directory, except `.` and `..`; nil if it cannot be opened.
  static func listNames(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  struct StatInfo {
    var isDirectory: Bool
    var isRegular: Bool
    var size: Int64
    var modified: Int64
  }

  /// `lstat` of a path; nil if it does not exist (any more).
  static func statInfo(_ path: String) -> StatInfo? {
    var buffer = stat()
    guard lstat(path, &buffer) == 0 else { return nil }
    let type = buffer.st_mode & S_IFMT
    return StatInfo(
      isDirectory: type == S_IFDIR, isRegular: type == S_IFREG, size: Int64(buffer.st_size),
      modified: Int64(buffer.st_mtim.tv_sec) * 1_000_000_000 + Int64(buffer.st_mtim.tv_nsec))
  }
}
