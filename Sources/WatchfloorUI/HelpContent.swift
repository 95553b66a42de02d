/// The keys listed by the help overlay.
enum HelpContent {
  static let sections: [(title: String, keys: [(key: String, action: String)])] = [
    (
      "Moving",
      [
        ("Tab / Shift-Tab", "next / previous pane"),
        ("Up Down  k j", "move in the focused pane"),
        ("Left Right  h l", "regions: previous / next; advisory: newer / older advice"),
        ("PgUp PgDn", "a page up / down"),
        ("g G  Home End", "first / last"),
        ("1-9", "jump to a region pane"),
        ("a", "all regions"),
      ]
    ),
    (
      "Incidents",
      [
        ("Enter", "open the selected incident's detail"),
        ("Esc", "back: close detail, clear filter, close overlay"),
        ("/", "filter incidents by text (Enter keeps, Esc clears)"),
        ("NEW or *", "arrived since the previous load, until selected"),
      ]
    ),
    (
      "Program",
      [
        ("r", "reload the corpus now"),
        ("w", "warnings: files that failed to load"),
        ("?", "this help (? or Esc closes)"),
        ("q", "quit"),
      ]
    ),
  ]

  /// The help text as lines for a box `width` cells wide inside.
  static func lines(width: Int) -> [StyledLine] {
    let keyWidth = 19
    var out: [StyledLine] = []
    for (index, section) in sections.enumerated() {
      if index > 0 { out.append(StyledLine()) }
      out.append(StyledLine(section.title, .label))
      for (key, action) in section.keys {
        out += StyledLine.wrapped(
          action, width: width, firstPrefix: [Span("  " + DisplayWidth.fit(key, to: keyWidth - 2), .title)],
          indent: keyWidth)
      }
    }
    out.append(StyledLine())
    out.append(
      StyledLine("Levels: Extreme, High, Moderate, Low, Minimal; \"no data\" when nothing is known.", .dim))
    return out
  }
}
