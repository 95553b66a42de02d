import WatchfloorCore

/// The text of the advisory pane: a region's level, reasons, situation and advice; all regions
/// at a glance; or the full detail of the selected incident.
enum AdvisoryContent {
  /// The pane title for the state.
  static func title(_ state: AppState) -> String {
    if state.isDetailOpen, state.selectedIncident != nil { return "Incident detail" }
    if let pane = state.selectedRegionPane {
      return "Advisory " + state.options.glyphs.separator + " " + pane.name
    }
    return "Advisory " + state.options.glyphs.separator + " all regions"
  }

  /// All lines, wrapped to `width` cells.
  static func lines(_ state: AppState, width: Int) -> [StyledLine] {
    if state.isDetailOpen, let incident = state.selectedIncident {
      return detail(incident, state: state, width: width)
    }
    if let pane = state.selectedRegionPane {
      return region(pane, state: state, width: width)
    }
    return overview(state, width: width)
  }

  static func levelText(_ level: RiskLevel?) -> String { level?.label ?? "no data" }

  private static func region(_ pane: RegionPane, state: AppState, width: Int) -> [StyledLine] {
    let a = pane.assessment
    let glyphs = state.options.glyphs
    var out: [StyledLine] = []
    var head = [Span(pane.name, .title), Span("  "), Span(levelText(a.level), .level(a.level))]
    if let trend = a.trend {
      head.append(Span("  " + trend.arrow(unicode: glyphs.unicode) + " " + trend.rawValue, .trend))
    }
    out.append(StyledLine(head))
    if !a.reasons.isEmpty {
      for reason in a.reasons {
        out += StyledLine.wrapped(
          reason, width: width, firstPrefix: [Span(glyphs.unicode ? "• " : "- ")], indent: 2)
      }
    }
    out.append(StyledLine())
    if a.advisories.isEmpty {
      out.append(StyledLine("No advice for \(pane.name) in the corpus.", .dim))
    } else {
      let index = min(state.advisoryIndex, a.advisories.count - 1)
      out += advice(
        a.advisories[index], index: index, count: a.advisories.count, width: width, glyphs: glyphs)
    }
    if !a.situation.isEmpty {
      out.append(StyledLine())
      out.append(StyledLine("Situation", .label))
      out += StyledLine.wrapped(a.situation, width: width)
    }
    out.append(StyledLine())
    out += StyledLine.wrapped(
      "7 days: \(a.incidents7) incidents, \(a.deaths7) deaths. 30 days: \(a.incidents30) incidents, "
        + "\(a.deaths30) deaths. Last incident: \(a.lastIncident?.iso ?? "none").", width: width, role: .dim)
    return out
  }

  private static func advice(
    _ advisory: Advisory, index: Int, count: Int, width: Int, glyphs: Glyphs
  ) -> [StyledLine] {
    let kind: String
    switch advisory.kind {
    case .advice: kind = "Advice"
    case .risks: kind = "Risks"
    case .sectors: kind = "Sectors affected"
    }
    let heading = index == 0 ? "Latest " + kind.lowercased() : kind + " (older)"
    var out = [StyledLine(heading, .label)]
    out += provenance(advisory, width: width, glyphs: glyphs)
    out += StyledLine.wrapped(advisory.text, width: width)
    if count > 1 {
      out.append(StyledLine("\(index + 1) of \(count): l older, h newer (advisory pane)", .dim))
    }
    return out
  }

  /// "2024-03-10 · alerts/x.txt" on one line, or date and source on two when that is too long.
  private static func provenance(_ advisory: Advisory, width: Int, glyphs: Glyphs) -> [StyledLine] {
    let date = advisory.date?.iso ?? "undated"
    let oneLine = date + " " + glyphs.separator + " " + advisory.source
    if DisplayWidth.of(SafeText.singleLine(oneLine)) <= width {
      return [StyledLine(SafeText.singleLine(oneLine), .dim)]
    }
    return [StyledLine(date, .dim)] + StyledLine.wrapped(advisory.source, width: width, role: .dim)
  }

  private static func overview(_ state: AppState, width: Int) -> [StyledLine] {
    let panes = state.data.panes
    let incidents30 = panes.reduce(0) { $0 + $1.assessment.incidents30 }
    let deaths30 = panes.reduce(0) { $0 + $1.assessment.deaths30 }
    var out = [StyledLine("All regions", .title)]
    out += StyledLine.wrapped("30 days: \(incidents30) incidents, \(deaths30) deaths.", width: width)
    let rated = panes.filter { $0.assessment.level != nil }
    if let worst = rated.max(by: { $0.assessment.level! < $1.assessment.level! }) {
      out.append(
        StyledLine([
          Span("Highest level: "), Span(levelText(worst.assessment.level), .level(worst.assessment.level)),
          Span(" in " + worst.name),
        ]))
    }
    let advice = panes.flatMap { pane in pane.assessment.advisories.prefix(1).map { (pane.name, $0) } }
      .max { ($0.1.date ?? Day(ordinal: 0)) < ($1.1.date ?? Day(ordinal: 0)) }
    out.append(StyledLine())
    if let (name, advisory) = advice {
      out.append(StyledLine("Newest advice (\(name))", .label))
      out += provenance(advisory, width: width, glyphs: state.options.glyphs)
      out += StyledLine.wrapped(advisory.text, width: width)
    } else {
      out.append(StyledLine("No advice in the corpus.", .dim))
    }
    out.append(StyledLine())
    out += StyledLine.wrapped(
      "Select a region (1-9) for its advice, Enter on an incident for detail.", width: width, role: .dim)
    return out
  }

  private static func detail(_ incident: Incident, state: AppState, width: Int) -> [StyledLine] {
    let labelWidth = 11
    func field(_ label: String, _ value: String, _ role: StyleRole = .normal) -> [StyledLine] {
      StyledLine.wrapped(
        value, width: width, role: role,
        firstPrefix: [Span(DisplayWidth.fit(label, to: labelWidth), .label)], indent: labelWidth)
    }
    var out: [StyledLine] = []
    if let date = incident.date {
      let precision = date.precision == .day ? "" : " (\(date.precision.rawValue) only)"
      let guess = incident.isDateInferred ? " (guessed from the file time: not in the report)" : ""
      out += field("Date", date.description + precision + guess)
    } else {
      out += field("Date", "not stated", .dim)
    }
    out += field("Region", incident.region?.name ?? "unknown", incident.region == nil ? .dim : .normal)
    out += field("Place", incident.location ?? "not stated", incident.location == nil ? .dim : .normal)
    out += field(
      "Event type", incident.eventType?.rawValue ?? "not classified",
      incident.eventType == nil ? .dim : .normal)
    out += field(
      "Deaths", incident.fatalities.map(String.init) ?? "not stated",
      incident.fatalities == nil ? .dim : .normal)
    out += field(
      "Actors", incident.actors.isEmpty ? "none named" : incident.actors.joined(separator: ", "),
      incident.actors.isEmpty ? .dim : .normal)
    out += field("Summary", incident.summary)
    if let sources = state.data.groupSources(of: incident) {
      out += field("Sources", sources.joined(separator: ", "))
    } else {
      out += field("Source", incident.source)
    }
    out += field("Kind", incident.isMainEvent ? "main event of the report" : "background mention")
    out += field("ID", incident.id.rawValue, .dim)
    out.append(StyledLine())
    out.append(StyledLine("Source sentence", .label))
    out += StyledLine.wrapped(incident.sourceText, width: width, firstPrefix: [Span("  ")], indent: 2)
    out.append(StyledLine())
    out.append(StyledLine("Esc: back to the advisory", .dim))
    return out
  }
}
