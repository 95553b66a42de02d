public import CorpusGenerator
public import WatchfloorCore

/// Builds Watchfloor models straight from generated reports, without files or parsing, for
/// benchmarks that need a corpus of a known size in memory (dashboard keys, filtering).
public enum SyntheticCorpus {
  /// A corpus whose reports hold at least `incidentCount` incidents in total.
  public static func make(incidents incidentCount: Int, seed: UInt64 = 1) -> Corpus {
    let generator = CorpusGenerator(seed: seed, places: BenchmarkEnvironment.places)
    let reports = generator.reports(holdingAtLeast: incidentCount).map(report(from:))
    return Corpus(root: "/synthetic/seed\(seed)", reports: reports, skipped: [])
  }

  /// The Watchfloor report for a generated one, with its intended incidents filled in.
  public static func report(from generated: GeneratedReport) -> Report {
    let date = day(generated.date)
    let incidents = generated.incidents.enumerated().map { number, incident in
      Incident(
        id: IncidentID("\(generated.path)#\(number + 1)"),
        date: day(incident.date).map { IncidentDate(day: $0, precision: precision(incident.precision)) },
        region: Region(incident.place.region), location: incident.place.name,
        actors: incident.actors, eventType: EventType(rawValue: incident.eventType),
        fatalities: incident.fatalities, summary: incident.sentence, source: generated.path,
        sourceText: incident.sentence, span: incident.span, isMainEvent: incident.isMainEvent)
    }
    return Report(
      path: generated.path, title: generated.title, kind: kind(generated.format), date: date,
      dateSource: .header, sections: [ReportSection(name: "", text: generated.text, offset: 0)],
      body: generated.text, incidents: incidents)
  }

  private static func day(_ day: CalendarDay) -> Day? {
    Day(year: day.year, month: day.month, day: day.day)
  }

  private static func precision(_ precision: GeneratedDatePrecision) -> DatePrecision {
    switch precision {
    case .day: return .day
    case .month: return .month
    case .year: return .year
    }
  }

  private static func kind(_ format: GeneratedReportFormat) -> ReportKind {
    switch format {
    case .alert: return .alert
    case .brief: return .brief
    case .news: return .news
    case .background: return .background
    }
  }
}
