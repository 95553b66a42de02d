#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The few POSIX calls the loader needs: `lstat`, directory listing without following
/// symlinks, and non-blocking reads of regular files only (never a FIFO or device).
enum PosixFileSystem {
  enum EntryType: Equatable {
    case regular, directory, symlink
    /// FIFO, socket, device: never opened.
    case special(String)
  }

  struct Status {
    var type: EntryType
    var size: Int
    var modifiedNanoseconds: Int64
    /// Set by ``PosixFileSystem/readFile(_:limit:)`` when the size or modification time moved
    /// while the file was being read (another process writing it).
    var changedWhileReading = false
  }

  enum ReadResult {
    case bytes([UInt8], Status)
    case notRegular(EntryType)
    case tooLarge(Int)
    case failed(String)
  }

  /// `lstat` (symlinks are reported as such, not followed), or the error message.
  static func status(_ path: String) -> Result<Status, PosixError> {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .failure(PosixError.current()) }
    return .success(Status(info))
  }

  /// `stat`, following symlinks (used for the corpus root only).
  static func statusFollowing(_ path: String) -> Result<Status, PosixError> {
    var info = stat()
    guard stat(path, &info) == 0 else { return .failure(PosixError.current()) }
    return .success(Status(info))
  }

  /// The names in a directory (without `.` and `..`), or the error message.
  /// Names that are not valid UTF-8 come back as nil entries in `undecodable`.
  static func list(_ path: String) -> Result<(names: [String], undecodable: Int), PosixError> {
    listTyped(path).map { (names: $0.entries.map(\.name), undecodable: $0.undecodable) }
  }

  /// Like ``list(_:)``, with each entry's type as the directory tells it (`d_type`, no `lstat`);
  /// nil when it does not (`DT_UNKNOWN`: some file systems never fill it in).
  static func listTyped(
    _ path: String
  ) -> Result<(entries: [(name: String, type: EntryType?)], undecodable: Int), PosixError> {
    guard let dir = opendir(path) else { return .failure(PosixError.current()) }
    defer { closedir(dir) }
    var names: [(name: String, type: EntryType?)] = []
    var undecodable = 0
    while let entry = readdir(dir) {
      let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) {
          String(validatingCString: $0)
        }
      }
      guard let name else {
        undecodable += 1
        continue
      }
      if name == "." || name == ".." { continue }
      names.append((name, entryType(Int32(entry.pointee.d_type))))
    }
    return .success((names, undecodable))
  }

  /// The type a `d_type` value names, as `lstat` would tell it; nil for `DT_UNKNOWN`.
  private static func entryType(_ type: Int32) -> EntryType? {
    switch type {
    case Int32(DT_REG): return .regular
    case Int32(DT_DIR): return .directory
    case Int32(DT_LNK): return .symlink
    case Int32(DT_FIFO): return .special("FIFO")
    case Int32(DT_SOCK): return .special("socket")
    case Int32(DT_CHR), Int32(DT_BLK): return .special("device")
    default: return nil
    }
  }

  /// How often a file that changes while being read is read again before giving up and
  /// returning what was read, marked ``Status/changedWhileReading``.
  static let readAttempts = 3

  /// Reads a regular file without following a final symlink and without blocking on FIFOs.
  ///
  /// The size and modification time are taken before and after the read; if they moved
  /// (another process writing the file), the file is read again from the start, up to
  /// ``readAttempts`` times.
  static func readFile(_ path: String, limit: Int) -> ReadResult {
    let interference = FileReadInterference.shared.actions(for: path)
    interference?.beforeOpen?()
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      let error = PosixError.current()
      if error.code == ELOOP { return .notRegular(.symlink) }
      return .failed(error.message)
    }
    defer { close(fd) }
    var attempt = 0
    while true {
      attempt += 1
      var info = stat()
      guard fstat(fd, &info) == 0 else { return .failed(PosixError.current().message) }
      let status = Status(info)
      guard status.type == .regular else { return .notRegular(status.type) }
      guard status.size <= limit else { return .tooLarge(status.size) }
      // A fresh descriptor is at the start already; only a second attempt rewinds.
      if attempt > 1, lseek(fd, 0, SEEK_SET) != 0 { return .failed(PosixError.current().message) }
      var bytes = [UInt8](repeating: 0, count: max(status.size, 0) + 1)
      var count = 0
      while true {
        if count == bytes.count {
          guard bytes.count <= limit else { return .tooLarge(bytes.count) }
          bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count)))
        }
        let got = bytes.withUnsafeMutableBytes { buffer in
          read(fd, buffer.baseAddress! + count, buffer.count - count)
        }
        if got < 0 {
          if errno == EINTR { continue }
          return .failed(PosixError.current().message)
        }
        if got == 0 { break }
        if count == 0 { interference?.afterFirstChunk?(attempt) }
        count += got
        // All the bytes `fstat` announced: no read to see the end (a file that grew or changed
        // meanwhile is caught by the `fstat` below, as after any read).
        if count == status.size { break }
      }
      guard count <= limit else { return .tooLarge(count) }
      bytes.removeLast(bytes.count - count)
      var final = status
      final.size = count
      var after = stat()
      if fstat(fd, &after) == 0 {
        let now = Status(after)
        final.changedWhileReading =
          now.size != count || now.size != status.size
          || now.modifiedNanoseconds != status.modifiedNanoseconds
      }
      if final.changedWhileReading, attempt < readAttempts { continue }
      return .bytes(bytes, final)
    }
  }
}

/// An `errno` value and its message.
struct PosixError: Error {
  var code: Int32
  var message: String

  static func current() -> PosixError {
    let code = errno
    return PosixError(code: code, message: String(cString: strerror(code)))
  }
}

extension PosixFileSystem.Status {
  init(_ info: stat) {
    switch info.st_mode & S_IFMT {
    case S_IFREG: type = .regular
    case S_IFDIR: type = .directory
    case S_IFLNK: type = .symlink
    case S_IFIFO: type = .special("FIFO")
    case S_IFSOCK: type = .special("socket")
    case S_IFCHR, S_IFBLK: type = .special("device")
    default: type = .special("special file")
    }
    size = Int(info.st_size)
    #if os(Linux)
      modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    #else
      modifiedNanoseconds =
        Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
    #endif
  }
}
