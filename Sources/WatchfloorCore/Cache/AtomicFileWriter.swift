#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// Replaces a file in one step: the bytes go to a private temporary file in the same
/// directory, which is then renamed over the target. A reader (another instance) sees the old
/// file or the new one, never a part; two writers each rename a whole file, the last one wins.
enum AtomicFileWriter {
  /// Temporary files of crashed writers older than this are removed by the next writer.
  static let abandonedAfterSeconds = 600

  /// Writes `bytes` to `directory/name`, creating `directory` (mode 0700) when needed.
  /// - Returns: nil on success, else why it failed.
  static func write(_ bytes: [UInt8], directory: String, name: String) -> String? {
    if let problem = makeDirectory(directory) { return problem }
    removeAbandoned(in: directory, name: name)
    var random = SystemRandomNumberGenerator()
    let temporary = "\(directory)/.\(name).\(getpid()).\(String(random.next() as UInt32, radix: 16)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return "cannot create \(temporary): \(PosixError.current().message)" }
    var written = 0
    var failure: String?
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let count = posixWrite(fd, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          failure = "cannot write \(temporary): \(PosixError.current().message)"
          return
        }
        written += count
      }
    }
    if close(fd) != 0, failure == nil {
      failure = "cannot write \(temporary): \(PosixError.current().message)"
    }
    if failure == nil, rename(temporary, directory + "/" + name) != 0 {
      failure = "cannot rename \(temporary): \(PosixError.current().message)"
    }
    if failure != nil { unlink(temporary) }
    return failure
  }

  /// `mkdir -p` with mode 0700 for the directories it creates.
  static func makeDirectory(_ path: String) -> String? {
    var info = stat()
    if stat(path, &info) == 0 {
      return info.st_mode & S_IFMT == S_IFDIR ? nil : "\(path) is not a directory"
    }
    let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    if !parent.isEmpty, parent != path, let problem = makeDirectory(parent) { return problem }
    if mkdir(path, 0o700) != 0, errno != EEXIST {
      return "cannot create \(path): \(PosixError.current().message)"
    }
    return nil
  }

  /// Removes `.name.*.tmp` files left by writers that died more than
  /// ``abandonedAfterSeconds`` ago.
  private static func removeAbandoned(in directory: String, name: String) {
    guard case .success(let listed) = PosixFileSystem.list(directory) else { return }
    let now = Int64(time(nil))
    for entry in listed.names where entry.hasPrefix("." + name + ".") && entry.hasSuffix(".tmp") {
      let path = directory + "/" + entry
      guard case .success(let status) = PosixFileSystem.status(path), status.type == .regular else {
        continue
      }
      if now - status.modifiedNanoseconds / 1_000_000_000 > Int64(abandonedAfterSeconds) { unlink(path) }
    }
  }

  /// Removes the cache files (`corpus-*.wfcache`) other than `keeping` not modified for
  /// `days` days.
  static func removeUnused(in directory: String, keeping: String, olderThanDays days: Int) {
    guard case .success(let listed) = PosixFileSystem.list(directory) else { return }
    let now = Int64(time(nil))
    for entry in listed.names
    where entry != keeping && entry.hasPrefix("corpus-") && entry.hasSuffix(".wfcache") {
      let path = directory + "/" + entry
      guard case .success(let status) = PosixFileSystem.status(path), status.type == .regular else {
        continue
      }
      if now - status.modifiedNanoseconds / 1_000_000_000 > Int64(days) * 86_400 { unlink(path) }
    }
  }

  /// Sets the modification time of `path` to now (nothing when it does not exist).
  static func touch(_ path: String) {
    _ = utimensat(AT_FDCWD, path, nil, 0)
  }

  private static func posixWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(fd, pointer, count)
    #else
      Darwin.write(fd, pointer, count)
    #endif
  }
}
