/// A window drawn over the dashboard.
public enum Overlay: Hashable, Sendable {
  /// Every key and what it does.
  case help
  /// Files that failed to load, with reasons.
  case warnings
}
