public import WatchfloorCore

/// What the key handler asks the program to do after a key.
public enum AppEffect: Hashable, Sendable {
  case none
  case quit
  /// Re-read the corpus now.
  case reload
}

/// The whole state of the dashboard: data shown and the officer's navigation.
///
/// SCAFFOLD: the UI helper replaces this.
public struct AppState: Sendable {
  public var corpus: Corpus
  public init(corpus: Corpus) { self.corpus = corpus }

  /// Applies a key: pure, so it is tested without a terminal.
  public mutating func handle(_ key: Key) -> AppEffect {
    if key == .character("q") { return .quit }
    return .none
  }
}

/// Renders the app state into a grid: a pure function of state and size.
public enum Renderer {
  public static func render(_ state: AppState, width: Int, height: Int) -> ScreenGrid {
    ScreenGrid(width: width, height: height)
  }
}
