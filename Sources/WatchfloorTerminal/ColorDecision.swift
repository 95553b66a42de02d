/// Whether to draw in colour, decided in the usual order: `--no-color` or a non-empty
/// `NO_COLOR` → monochrome; a `CLICOLOR_FORCE` that is non-empty and not "0" → colour;
/// otherwise what the terminal supports.
public enum ColorDecision {
  /// - Parameters:
  ///   - noColorFlag: the `--no-color` option was given.
  ///   - environment: the process environment (only `NO_COLOR` and `CLICOLOR_FORCE` are read).
  ///   - terminalHasColors: `has_colors()` after the terminal was opened.
  public static func useColors(
    noColorFlag: Bool, environment: [String: String], terminalHasColors: Bool
  ) -> Bool {
    if noColorFlag { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
    return terminalHasColors
  }
}
