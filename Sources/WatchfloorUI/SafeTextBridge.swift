import WatchfloorCore

/// The one door report text goes through on its way to the grid.
enum SafeTextBridge {
  /// Report text made safe for one screen line (no control characters, no bidi overrides).
  static func line(_ text: some StringProtocol) -> String { SafeText.singleLine(text) }
}
