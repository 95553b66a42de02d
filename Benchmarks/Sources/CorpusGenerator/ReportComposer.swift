/// Writes whole reports in the four formats, padded with filler to a target size.
struct ReportComposer: Sendable {
  let places: PlaceCatalog
  let incidents: IncidentComposer

  init(places: PlaceCatalog) {
    self.places = places
    self.incidents = IncidentComposer(places: places)
  }

  /// Hard upper bound on a report's size, in bytes.
  static let maximumSize = 10_000

  func compose(
    index: Int, format: GeneratedReportFormat, date: CalendarDay, using rng: inout SplitMix64
  ) -> GeneratedReport {
    let target = Self.targetSize(for: format, using: &rng)
    var out = ReportText(capacity: target + 512)
    let title: String
    switch format {
    case .alert: title = alert(date: date, target: target, into: &out, using: &rng)
    case .brief: title = brief(date: date, target: target, into: &out, using: &rng)
    case .news: title = news(date: date, target: target, into: &out, using: &rng)
    case .background: title = background(date: date, target: target, into: &out, using: &rng)
    }
    let subject = out.incidents.first?.place.name ?? "mali"
    return GeneratedReport(
      path: Self.path(index: index, format: format, date: date, subject: subject, using: &rng),
      format: format, date: date, title: title, text: out.text, incidents: out.incidents)
  }

  // MARK: - Formats

  private func alert(
    date: CalendarDay, target: Int, into out: inout ReportText, using rng: inout SplitMix64
  ) -> String {
    let main = incidents.compose(
      on: date.adding(days: -rng.int(in: 0...3)), phrase: rng.chance(0.5) ? .abbreviated : .dayMonth,
      isMainEvent: true, using: &rng)
    let hour = rng.int(in: 1...12)
    let minute = rng.int(in: 0...59)
    out.line(
      "\(date.headerText) | \(CalendarDay.twoDigits(hour)):\(CalendarDay.twoDigits(minute)) "
        + "\(rng.chance(0.5) ? "AM" : "PM") UTC")
    let title = "Mali: \(Self.headline(main)), \(main.place.region) region, \(main.date.abbreviatedText)"
    out.line(title)
    out.line(Self.summary(main))
    out.line("Event")
    out.append(main)
    for _ in 0..<rng.int(in: 0...2) {
      out.append(" ")
      out.append(
        incidents.compose(
          on: date.adding(days: -rng.int(in: 0...6)), phrase: .dayMonth, isMainEvent: true,
          using: &rng))
    }
    out.append(" ")
    fill(&out, from: FillerText.context, near: main.place, until: out.byteCount + 200, using: &rng)
    out.line()
    out.line("Context")
    if rng.chance(0.6) {
      out.append(
        incidents.compose(
          on: date.adding(days: -rng.int(in: 30...700)), phrase: .dayMonthYear, isMainEvent: false,
          using: &rng))
      out.append(" ")
    }
    fill(
      &out, from: FillerText.context, near: main.place, until: target - 250, paragraphBreak: "\n",
      using: &rng)
    out.line()
    out.line("Advice")
    fill(&out, from: FillerText.advice, near: main.place, until: out.byteCount + 150, using: &rng)
    out.line()
    return title
  }

  private func brief(
    date: CalendarDay, target: Int, into out: inout ReportText, using rng: inout SplitMix64
  ) -> String {
    out.line("Date: \(date.iso)")
    let main = incidents.compose(
      on: date.adding(days: -rng.int(in: 1...10)), phrase: .dayMonth, isMainEvent: true, using: &rng)
    out.append(main)
    for _ in 0..<rng.int(in: 0...2) {
      out.append(" ")
      out.append(
        incidents.compose(
          on: date.adding(days: -rng.int(in: 1...14)), phrase: .dayMonth, isMainEvent: true,
          using: &rng))
    }
    out.append(" ")
    fill(&out, from: FillerText.context, near: main.place, until: target / 2, using: &rng)
    out.line()
    out.append("Significance: ")
    fill(&out, from: FillerText.significance, near: main.place, until: target - 120, using: &rng)
    out.line()
    out.line("Risks: " + Self.some(of: FillerText.risks, using: &rng).joined(separator: "; "))
    out.line(
      "Sectors or assets affected: "
        + Self.some(of: FillerText.sectors, using: &rng).joined(separator: "; "))
    return "Date: \(date.iso)"
  }

  private func news(
    date: CalendarDay, target: Int, into out: inout ReportText, using rng: inout SplitMix64
  ) -> String {
    out.line(date.longText)
    out.line()
    let main = incidents.compose(
      on: date.adding(days: -rng.int(in: 0...4)), phrase: .dayMonth, isMainEvent: true, using: &rng)
    let title = Self.headline(main) + ", local sources say"
    out.line(title)
    out.line()
    out.append(main)
    out.append(" ")
    fill(&out, from: FillerText.context, near: main.place, until: out.byteCount + 250, using: &rng)
    out.line()
    for _ in 0..<rng.int(in: 0...3) {
      guard out.byteCount < target - 300 else { break }
      out.line()
      let isMain = rng.chance(0.7)
      out.append(
        incidents.compose(
          on: date.adding(days: isMain ? -rng.int(in: 0...10) : -rng.int(in: 60...900)),
          phrase: isMain ? .dayMonth : .dayMonthYear, isMainEvent: isMain, using: &rng))
      out.append(" ")
      fill(&out, from: FillerText.context, near: main.place, until: out.byteCount + 300, using: &rng)
      out.line()
    }
    if out.byteCount < target - 200 {
      out.line()
      fill(
        &out, from: FillerText.context, near: main.place, until: target - 100,
        paragraphBreak: "\n\n", using: &rng)
      out.line()
    }
    return title
  }

  private func background(
    date: CalendarDay, target: Int, into out: inout ReportText, using rng: inout SplitMix64
  ) -> String {
    let focus = places.randomPlace(using: &rng)
    let firstYear = date.year - rng.int(in: 6...12)
    let title = "Mali: \(focus.region) region, \(firstYear)-\(date.year) - Background Paper"
    out.line(title)
    out.line("Date: \(date.longText)")
    out.line()
    var year = firstYear
    for (number, heading) in FillerText.headings.enumerated() {
      guard out.byteCount < target - 200, year < date.year else { break }
      out.line("\(number + 1). \(heading)")
      for _ in 0..<rng.int(in: 1...2) {
        let day = CalendarDay(year: year, month: rng.int(in: 1...12), day: rng.int(in: 1...28))
        out.append(
          incidents.compose(
            on: day, phrase: rng.chance(0.6) ? .year : .monthYear, isMainEvent: false,
            in: rng.chance(0.8) ? focus.region : nil, using: &rng))
        out.append(" ")
        year += rng.int(in: 0...2)
      }
      fill(&out, from: FillerText.history, near: focus, until: out.byteCount + 350, using: &rng)
      out.line()
    }
    return title
  }

  // MARK: - Pieces

  /// Appends filler sentences about `place` until the text reaches `size` bytes (or the cap),
  /// avoiding recent repeats and starting a new paragraph (`breakText`) every few sentences.
  private func fill(
    _ out: inout ReportText, from pool: [SentenceTemplate], near place: Place, until size: Int,
    paragraphBreak breakText: String? = nil, using rng: inout SplitMix64
  ) {
    let limit = min(size, Self.maximumSize - 400)
    var recent: [Int] = []
    var sentencesInParagraph = 0
    var paragraphLength = rng.int(in: 3...6)
    repeat {
      if let breakText, sentencesInParagraph == paragraphLength {
        out.append(breakText)
        sentencesInParagraph = 0
        paragraphLength = rng.int(in: 3...6)
      } else if !recent.isEmpty {
        out.append(" ")
      }
      var choice = rng.int(in: 0...(pool.count - 1))
      for _ in 0..<4 where recent.contains(choice) { choice = rng.int(in: 0...(pool.count - 1)) }
      recent.append(choice)
      if recent.count > pool.count / 2 { recent.removeFirst() }
      sentencesInParagraph += 1
      let other = places.neighbour(of: place, using: &rng)
      let count = rng.int(in: 2...40)
      out.append(
        pool[choice].render { slot in
          switch slot {
          case .place: return place.name
          case .otherPlace: return other.name
          case .region: return place.region
          case .count: return String(count)
          default: return ""
          }
        })
    } while out.byteCount < limit
  }

  /// A short headline for an incident.
  static func headline(_ incident: GeneratedIncident) -> String {
    let place = incident.place.name
    switch incident.eventType {
    case IncidentPattern.battles: return "Clashes near \(place)"
    case IncidentPattern.explosions:
      return incident.fatalities.map { "Explosion kills \($0) near \(place)" }
        ?? "Explosion near \(place)"
    case IncidentPattern.civilians:
      return incident.fatalities.map { "\($0) civilians killed in attack on \(place)" }
        ?? "Civilians attacked near \(place)"
    case IncidentPattern.protests: return "Residents protest in \(place)"
    case IncidentPattern.riots: return "Unrest in \(place)"
    default: return "Armed groups tighten grip around \(place)"
    }
  }

  /// The one-line summary under an alert's title.
  static func summary(_ incident: GeneratedIncident) -> String {
    let reportsDead =
      incident.eventType == IncidentPattern.battles
      || incident.eventType == IncidentPattern.riots
    let dead = reportsDead ? incident.fatalities.map { "; \($0) killed" } ?? "" : ""
    return
      "\(headline(incident)) in \(incident.place.region) region on \(incident.date.abbreviatedText)\(dead)."
  }

  /// Two to four distinct items.
  static func some(of items: [String], using rng: inout SplitMix64) -> [String] {
    var chosen: [String] = []
    for _ in 0..<rng.int(in: 2...4) {
      let item = rng.pick(items)
      if !chosen.contains(item) { chosen.append(item) }
    }
    return chosen
  }

  /// A size in bytes: most reports 1.5–4 KB, some short, a few long; background papers longer.
  static func targetSize(for format: GeneratedReportFormat, using rng: inout SplitMix64) -> Int {
    if format == .background { return rng.int(in: 4_000...9_500) }
    if format == .brief { return rng.int(in: 800...3_500) }
    switch rng.int(in: 0...19) {
    case 0...3: return rng.int(in: 600...1_500)
    case 4...13: return rng.int(in: 1_500...4_000)
    case 14...18: return rng.int(in: 4_000...7_000)
    default: return rng.int(in: 7_000...9_500)
    }
  }

  /// `alerts/2023/alert-2023-04-02-ansongo-000017.txt` and similar.
  static func path(
    index: Int, format: GeneratedReportFormat, date: CalendarDay, subject: String,
    using rng: inout SplitMix64
  ) -> String {
    let number = String(index)
    let padded = String(repeating: "0", count: max(0, 6 - number.count)) + number
    let slug = Self.slug(subject)
    let year = String(date.year)
    switch format {
    case .alert: return "alerts/\(year)/alert-\(date.iso)-\(slug)-\(padded).txt"
    case .brief: return "briefs/\(year)/brief-\(date.iso)-\(slug)-\(padded).txt"
    case .news:
      let ext = rng.chance(0.2) ? "md" : "txt"
      return "news/\(year)/\(CalendarDay.twoDigits(date.month))/news-\(date.iso)-\(slug)-\(padded).\(ext)"
    case .background: return "background/background-\(date.iso)-\(slug)-\(padded).txt"
    }
  }

  /// `Ménaka` → `menaka`.
  static func slug(_ name: String) -> String {
    var out = ""
    for scalar in name.lowercased().unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": out.unicodeScalars.append(scalar)
      case "à", "â", "ä": out += "a"
      case "é", "è", "ê", "ë": out += "e"
      case "ï", "î": out += "i"
      case "ô", "ö": out += "o"
      case "ù", "û", "ü": out += "u"
      default: if !out.hasSuffix("-") { out += "-" }
      }
    }
    return out
  }
}
