/// The keys listed by the help overlay.
enum HelpContent {
  static func sections(keys: KeyMap) -> [(title: String, keys: [(key: String, action: String)])] {
    let help = keys.label(for: .help)
    return [
      (
        "Moving",
        [
          ("Tab / Shift-Tab", "next / previous pane"),
          ("Up Down  k j", "move in the focused pane"),
          ("Left Right  h l", "regions: previous / next; advisory: newer / older advice"),
          ("PgUp PgDn", "a page up / down"),
          ("g G  Home End", "first / last"),
          ("1-9", "jump to a region pane"),
          (keys.label(for: .allRegions), "all regions"),
        ]
      ),
      (
        "Incidents",
        [
          ("Enter", "open the selected incident's detail"),
          ("Esc", "back: close detail, clear filter, close overlay"),
          (keys.label(for: .filter), "filter incidents by text (Enter keeps, Esc clears)"),
          ("NEW or *", "arrived since the previous load, until selected"),
        ]
      ),
      (
        "Program",
        [
          (keys.label(for: .reload), "reload the corpus now"),
          (keys.label(for: .warnings), "warnings: files that failed to load"),
          (help, "this help (\(help) or Esc closes)"),
          (keys.label(for: .quit), "quit"),
        ]
      ),
    ]
  }

  /// The help text as lines for a box `width` cells wide inside.
  static func lines(width: Int, keys: KeyMap = .standard) -> [StyledLine] {
    let keyWidth = 19
    var out: [StyledLine] = []
    for (index, section) in sections(keys: keys).enumerated() {
      if index > 0 { out.append(StyledLine()) }
      out.append(StyledLine(section.title, .label))
      for (key, action) in section.keys {
        out += StyledLine.wrapped(
          action, width: width, firstPrefix: [Span("  " + DisplayWidth.fit(key, to: keyWidth - 2), .title)],
          indent: keyWidth)
      }
    }
    out.append(StyledLine())
    out += StyledLine.wrapped(
      "Levels: Extreme, High, Moderate, Low, Minimal; \"no data\" when nothing is known.", width: width,
      role: .dim)
    out += StyledLine.wrapped(
      "A date followed by ~ is guessed from the file time: the report states no date or year. It counts in the 30-day figures, not in the 7-day ones or the trend.",
      width: width, role: .dim)
    return out
  }
}
