import WatchfloorCore

/// A run of text with one meaning.
struct Span: Hashable, Sendable {
  var text: String
  var role: StyleRole
  init(_ text: String, _ role: StyleRole = .normal) {
    self.text = text
    self.role = role
  }
}

/// One line of a text pane, made of styled runs.
struct StyledLine: Hashable, Sendable {
  var spans: [Span]
  init(_ spans: [Span] = []) { self.spans = spans }
  init(_ text: String, _ role: StyleRole = .normal) { spans = [Span(text, role)] }

  /// Word-wrapped lines of report text; later lines start with `indent` spaces.
  static func wrapped(
    _ text: String, width: Int, role: StyleRole = .normal, firstPrefix: [Span] = [], indent: Int = 0
  ) -> [StyledLine] {
    let prefixWidth = firstPrefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
    let room = max(1, width - max(prefixWidth, indent))
    let pieces = TextWrap.wrap(SafeText.singleLine(text), width: room)
    guard !pieces.isEmpty else { return firstPrefix.isEmpty ? [] : [StyledLine(firstPrefix)] }
    return pieces.enumerated().map { index, piece in
      if index == 0 {
        let pad = String(repeating: " ", count: max(0, indent - prefixWidth))
        return StyledLine(firstPrefix + [Span(pad + piece, role)])
      }
      return StyledLine(String(repeating: " ", count: max(prefixWidth, indent)) + piece, role)
    }
  }
}
