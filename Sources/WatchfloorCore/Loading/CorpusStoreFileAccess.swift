/// How the store finds out whether an entry exists, with the loader's rules.
extension CorpusStore {
  /// What is at a path, as a cold load would see it (without reading the file).
  enum Presence {
    /// Not part of the corpus: missing, or inside an ignored or hidden directory.
    case absent
    /// Listed as skipped by name or type (or an unreadable directory).
    case skipped(SkippedFile)
    /// A candidate report with its size and modification time.
    case file(FileFingerprint)
  }

  /// A ``CorpusListing`` indexed by path.
  struct Listing {
    var all: [String: Presence] = [:]

    init() {}

    init(_ listing: CorpusListing) {
      for file in listing.files { all[file.path] = .file(file.fingerprint) }
      for skipped in listing.skipped { all[skipped.path] = .skipped(skipped) }
    }

    func presence(of path: String) -> Presence { all[path] ?? .absent }
  }

  /// Examines one path on its own, applying the rules of ``CorpusLoader/listFiles(root:)``:
  /// an entry inside a hidden or editor directory is not part of the corpus, a symbolic link
  /// or special file is skipped without being opened, a name the rules ignore is skipped.
  func presence(of path: String) -> Presence {
    let components = path.split(separator: "/").map(String.init)
    guard let name = components.last else { return .absent }
    for directory in components.dropLast()
    where CorpusFileRules.skipReason(name: directory, isDirectory: true) != nil {
      return .absent
    }
    guard case .success(let status) = PosixFileSystem.status(root + "/" + path) else {
      return .absent
    }
    if let reason = CorpusLoader.skipReason(name: name, type: status.type) {
      return .skipped(SkippedFile(path: path, reason: reason))
    }
    switch status.type {
    case .regular:
      return .file(
        FileFingerprint(
          size: status.size, modifiedNanoseconds: status.modifiedNanoseconds, contentHash: nil))
    default:
      return .absent  // a directory: its files are examined as a subtree
    }
  }

  func exists(_ path: String) -> Bool {
    if case .success = PosixFileSystem.status(root + "/" + path) { return true }
    return false
  }

  func isDirectory(_ path: String) -> Bool {
    guard case .success(let status) = PosixFileSystem.status(root + "/" + path) else { return false }
    return status.type == .directory
  }
}
