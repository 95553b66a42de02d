/// A file that failed to load, or loaded with a problem, for the warnings list.
public struct DashboardWarning: Hashable, Sendable {
  /// Path relative to the corpus root.
  public var path: String
  public var message: String
  /// True when the file could not be loaded at all (its last good version, if any, is kept).
  public var isFailure: Bool

  public init(path: String, message: String, isFailure: Bool) {
    self.path = path
    self.message = message
    self.isFailure = isFailure
  }
}
