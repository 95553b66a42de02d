import WatchfloorCore

/// Hand-built incidents and reports for the risk tests (our own words, no corpus text).
enum RiskFixtures {
  static let asOf = Day(iso: "2024-06-30")!

  /// An incident `daysAgo` days before ``asOf``.
  static func incident(
    _ region: String, daysAgo: Int, type: EventType? = .battles, deaths: Int? = nil,
    actors: [String] = [], location: String? = nil, precision: DatePrecision = .day,
    main: Bool = true, id: String? = nil
  ) -> Incident {
    let day = asOf.adding(days: -daysAgo)
    let start: Day
    switch precision {
    case .day: start = day
    case .month: start = Day(year: day.year, month: day.month, day: 1)!
    case .year: start = Day(year: day.year, month: 1, day: 1)!
    }
    return Incident(
      id: IncidentID(
        id ?? "\(region)-\(daysAgo)-\(type?.rawValue ?? "none")-\(deaths ?? -1)-\(location ?? "")"),
      date: IncidentDate(day: start, precision: precision), region: Region(region), location: location,
      actors: actors, eventType: type, fatalities: deaths, summary: "test incident", source: "test.txt",
      sourceText: "test incident", span: 0..<1, isMainEvent: main)
  }

  /// A report holding `incidents`, optionally with advice sections.
  static func report(
    _ path: String, daysAgo: Int? = 0, title: String = "Test report", incidents: [Incident] = [],
    advice: String? = nil, risks: String? = nil, sectors: String? = nil, body: String = "",
    dateSource: ReportDateSource = .header
  ) -> Report {
    var sections = [ReportSection(name: "", text: body, offset: 0)]
    if let advice { sections.append(ReportSection(name: "Advice", text: advice, offset: 0)) }
    if let risks { sections.append(ReportSection(name: "Risks", text: "Risks: " + risks, offset: 0)) }
    if let sectors {
      sections.append(
        ReportSection(name: "Sectors", text: "Sectors or assets affected: " + sectors, offset: 0))
    }
    let date = daysAgo.map { asOf.adding(days: -$0) }
    return Report(
      path: path, title: title, kind: advice == nil ? .brief : .alert, date: date,
      dateSource: date == nil ? nil : dateSource, sections: sections,
      body: ([title, body] + [advice, risks, sectors].compactMap { $0 }).joined(separator: "\n"),
      incidents: incidents.map {
        var i = $0; i.source = path; return i
      })
  }

  static func corpus(_ reports: [Report]) -> Corpus {
    Corpus(root: "/test", reports: reports, skipped: [])
  }

  /// A corpus with one report per incident (so none of them dedupe).
  static func corpus(incidents: [Incident]) -> Corpus {
    corpus([report("all.txt", incidents: incidents)])
  }

  static func assess(
    _ region: String, _ corpus: Corpus, watched: [String]? = nil, asOf: Day = asOf,
    settings: RiskSettings = RiskSettings()
  ) -> RegionAssessment {
    let watchedSet = Set((watched ?? [region]).map(Region.init))
    return RiskAssessor(settings: settings).assess(
      region: Region(region), watched: watchedSet, corpus: corpus, asOf: asOf)
  }

  /// `count` incidents spread over the 52-week baseline (ages 30…393), one every `step` days.
  static func baseline(_ region: String, count: Int, type: EventType = .battles) -> [Incident] {
    (0..<count).map { incident(region, daysAgo: 30 + $0 * 364 / max(count, 1), type: type, id: "b\($0)") }
  }
}
