internal import Foundation

/// A test seam for hostile timing: what another process does to a file while the loader reads
/// it (delete it between the listing and the read, append to it mid-read). Tests register
/// actions for one absolute path; ``PosixFileSystem/readFile(_:limit:)`` runs them at the
/// matching moment. Nothing is registered outside tests, and paths are unique temporary
/// files, so tests running in parallel do not see each other's actions.
final class FileReadInterference: @unchecked Sendable {
  /// Actions for one path.
  struct Actions: Sendable {
    /// Runs just before the file is opened (after it was listed).
    var beforeOpen: (@Sendable () -> Void)?
    /// Runs after the first chunk of each read attempt, with the attempt number (1, 2, ...).
    var afterFirstChunk: (@Sendable (Int) -> Void)?
  }

  static let shared = FileReadInterference()

  private let lock = NSLock()
  private var actions: [String: Actions] = [:]

  /// Registers `actions` for `path` (absolute) until ``remove(_:)``.
  func set(_ path: String, _ actions: Actions) {
    lock.withLock { self.actions[path] = actions }
  }

  func remove(_ path: String) {
    _ = lock.withLock { actions.removeValue(forKey: path) }
  }

  /// The actions for `path`, if any.
  func actions(for path: String) -> Actions? {
    lock.withLock { actions.isEmpty ? nil : actions[path] }
  }
}
