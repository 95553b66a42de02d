/// The panes that can have keyboard focus, in Tab order.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
  case regions, incidents, advisory

  /// The next pane in Tab order.
  var next: Pane { Pane(rawValue: (rawValue + 1) % 3)! }
  /// The previous pane in Tab order.
  var previous: Pane { Pane(rawValue: (rawValue + 2) % 3)! }
}
