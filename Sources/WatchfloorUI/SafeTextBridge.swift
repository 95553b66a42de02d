import WatchfloorCore

/// The one door report text goes through on its way to the grid.
enum SafeTextBridge {
  /// Report text made safe for one screen line (no control characters, no bidi overrides):
  /// ``SafeText/singleLine(_:)``, which returns most text as it is after one scan of its bytes
  /// (text is drawn on every frame).
  static func line(_ text: some StringProtocol) -> String {
    SafeText.singleLine(text)
  }
}
