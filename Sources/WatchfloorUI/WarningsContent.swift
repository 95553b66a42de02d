/// The lines of the warnings overlay.
enum WarningsContent {
  static func lines(_ data: DashboardData, width: Int) -> [StyledLine] {
    guard !data.warnings.isEmpty else { return [StyledLine("No warnings: every file loaded.", .dim)] }
    var out: [StyledLine] = []
    for warning in data.warnings {
      let tag = warning.isFailure ? "failed  " : "warning "
      out += StyledLine.wrapped(
        warning.path, width: width, role: .label,
        firstPrefix: [Span(tag, warning.isFailure ? .error : .warning)], indent: 8)
      out += StyledLine.wrapped(warning.message, width: width, firstPrefix: [Span("        ")], indent: 8)
    }
    return out
  }
}
