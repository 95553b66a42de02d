internal import Foundation

/// A value computed once on first use and shared by the copies of a ``Corpus`` that hold the
/// same reports; thread-safe (a corpus snapshot is read from several threads).
final class IncidentOrderCache: @unchecked Sendable {
  private let lock = NSLock()
  private var cached: [Incident]?

  /// The cached incidents, computing them with `make` the first time.
  func value(_ make: () -> [Incident]) -> [Incident] {
    lock.lock()
    defer { lock.unlock() }
    if let cached { return cached }
    let made = make()
    cached = made
    return made
  }
}
