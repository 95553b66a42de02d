public import WatchfloorCore

/// A small hand-made corpus for screen tests: 16 incidents across the watched regions and
/// others, accented and decomposed names (Ménaka, Sévaré), a CJK place name, one summary with
/// a hostile escape sequence, an undated incident, a failed file and a report warning.
///
/// Written in our own words; it does not depend on the loader or the extractor.
public enum SampleCorpus {
  /// The newest stated report date, the default as-of day of the sample.
  public static let asOf = Day(year: 2024, month: 3, day: 10)!
  /// A fixed load time for the header.
  public static let loadedAt = "14:02:11"
  public static let root = "/srv/watchfloor/corpus/sahel-incident-reports"

  /// The hostile summary: clears the screen and sets the window title if not neutralised.
  public static let hostileSummary =
    "Clash near Ansongo\u{1B}[2J\u{1B}]0;pwned\u{07} leaves four soldiers dead"

  /// The corpus.
  public static func corpus(extra: [Incident] = [], dropping: Set<String> = []) -> Corpus {
    var byReport: [String: [Incident]] = [:]
    for incident in incidents + extra where !dropping.contains(incident.id.rawValue) {
      byReport[incident.source, default: []].append(incident)
    }
    var reports = reportHeads.map { head -> Report in
      Report(
        path: head.path, title: head.title, kind: head.kind, date: head.date, dateSource: head.source,
        sections: [], body: "", incidents: byReport[head.path] ?? [], warnings: head.warnings)
    }
    for (path, list) in byReport where !reportHeads.contains(where: { $0.path == path }) {
      reports.append(
        Report(
          path: path, title: path, kind: .alert, date: asOf, dateSource: .header, sections: [], body: "",
          incidents: list))
    }
    reports.sort { $0.path < $1.path }
    return Corpus(
      root: root, reports: reports,
      skipped: [
        SkippedFile(path: "briefs/2024-03-02-broken.txt", reason: .failed("not valid UTF-8 at byte 112")),
        SkippedFile(path: "alerts/.2024-03-09-menaka.txt.swp", reason: .ignored("editor swap file")),
      ])
  }

  /// Builds an incident of the sample.
  public static func incident(
    _ id: String, _ date: String?, _ region: String?, _ place: String?, _ type: EventType?, _ deaths: Int?,
    _ actors: [String], _ summary: String, source: String, precision: DatePrecision = .day,
    main: Bool = true
  ) -> Incident {
    Incident(
      id: IncidentID(id),
      date: date.flatMap { Day(iso: $0) }.map { IncidentDate(day: $0, precision: precision) },
      region: region.map(Region.init), location: place, actors: actors, eventType: type, fatalities: deaths,
      summary: summary, source: source,
      sourceText: "Source text for \(id): " + summary + " The report gives no further detail on this point.",
      span: 0..<10, isMainEvent: main)
  }

  private struct Head {
    var path: String
    var title: String
    var kind: ReportKind
    var date: Day?
    var source: ReportDateSource?
    var warnings: [String] = []
  }

  private static let reportHeads: [Head] = [
    Head(
      path: "alerts/2024-03-10-menaka.txt", title: "Ménaka: army post attacked", kind: .alert, date: asOf,
      source: .header),
    Head(
      path: "alerts/2024-03-08-gao.txt", title: "Gao: clash near Ansongo", kind: .alert,
      date: Day(iso: "2024-03-08"), source: .header),
    Head(
      path: "alerts/2024-03-07-mopti.txt", title: "Mopti: attack on a village near Sévaré", kind: .alert,
      date: Day(iso: "2024-03-07"), source: .header, warnings: ["replaced 2 invalid UTF-8 sequences"]),
    Head(
      path: "briefs/2024-03-06-centre.txt", title: "Centre brief", kind: .brief, date: Day(iso: "2024-03-06"),
      source: .dateField),
    Head(
      path: "briefs/2024-02-29-north.txt", title: "North brief", kind: .brief, date: Day(iso: "2024-02-29"),
      source: .dateLine),
    Head(
      path: "news/2024-02-21-inekar.txt", title: "Civilians killed near Inékar", kind: .news,
      date: Day(iso: "2024-02-21"), source: .frontMatter),
    Head(
      path: "background/kidal-2023.txt", title: "Kidal after the withdrawal", kind: .background,
      date: Day(iso: "2023-11-20"), source: .dateLine),
    Head(
      path: "notes/undated-note.txt", title: "Undated note", kind: .news, date: Day(iso: "2024-03-12"),
      source: .fileModified),
  ]

  /// The sample's incidents, in no particular order.
  public static let incidents: [Incident] = [
    incident(
      "men-01", "2024-03-09", "Ménaka", "Anderamboukane", .battles, 12, ["ISGS", "FAMa"],
      "Fighters on motorbikes overran an army post near Anderamboukane at dawn; twelve killed.",
      source: "alerts/2024-03-10-menaka.txt"),
    incident(
      "men-02", "2024-03-05", "Ménaka", "Ménaka", .explosionsRemoteViolence, 3, [],
      "A roadside bomb struck a supply convoy on the road south of Ménaka town.",
      source: "alerts/2024-03-10-menaka.txt", main: false),
    incident(
      "men-03", "2024-02-20", "Ménaka", "Inékar", .violenceAgainstCivilians, 7, ["ISGS"],
      "Gunmen killed seven herders and took their cattle west of Inékar.",
      source: "news/2024-02-21-inekar.txt"),
    incident(
      "men-04", "2024-01-15", "Ménaka", "Tidermène", .strategicDevelopments, nil, ["MSA"],
      "Armed group announced it had taken control of the market at Tidermène.",
      source: "briefs/2024-02-29-north.txt", main: false),
    incident(
      "men-05", "2023-12-01", "Ménaka", nil, .battles, 5, ["ISGS", "MSA"],
      "Fighting between two armed groups in the east of the region in December.",
      source: "briefs/2024-02-29-north.txt", precision: .month, main: false),
    incident(
      "gao-01", "2024-03-08", "Gao", "Ansongo", .battles, 4, ["JNIM", "FAMa"], hostileSummary,
      source: "alerts/2024-03-08-gao.txt"),
    incident(
      "gao-02", "2024-02-28", "Gao", "Gao", .protests, 0, [],
      "Traders marched to the governor's office over fuel prices.",
      source: "briefs/2024-02-29-north.txt"),
    incident(
      "gao-03", "2024-02-02", "Gao", "Tessit", .explosionsRemoteViolence, 2, ["JNIM"],
      "Mortar rounds hit the camp at Tessit overnight.",
      source: "briefs/2024-02-29-north.txt"),
    incident(
      "mop-01", "2024-03-07", "Mopti", "Sévaré", .violenceAgainstCivilians, 5, ["Dan Na Ambassagou"],
      "Militia members attacked a village on the outskirts of Sévaré.",
      source: "alerts/2024-03-07-mopti.txt"),
    incident(
      "mop-02", "2024-03-03", "Mopti", "Se\u{301}vare\u{301}", .battles, 2, ["FAMa", "JNIM"],
      "Soldiers repelled an attack on a checkpoint on the Se\u{301}vare\u{301} road.",
      source: "alerts/2024-03-07-mopti.txt", main: false),
    incident(
      "mop-03", "2024-03-01", "Bandiagara", "Bandiagara", .explosionsRemoteViolence, 1, ["JNIM"],
      "A bus hit a mine on the road out of Bandiagara.",
      source: "briefs/2024-03-06-centre.txt"),
    incident(
      "mop-04", "2024-02-14", "Mopti", "Djenné", .battles, 0, ["FAMa", "JNIM"],
      "Exchange of fire near the ferry at Djenné, no casualties reported.",
      source: "briefs/2024-03-06-centre.txt"),
    incident(
      "kid-01", "2023-11-14", "Kidal", "Kidal", .strategicDevelopments, nil, ["FAMa", "Wagner"],
      "Army and allied forces entered Kidal town after the armed groups withdrew.",
      source: "background/kidal-2023.txt"),
    incident(
      "seg-01", "2024-03-06", "Ségou", "Niono", .battles, 9, ["JNIM", "Dozo"],
      "Heavy fighting around Niono between jihadists and hunters' militia.",
      source: "briefs/2024-03-06-centre.txt"),
    incident(
      "tim-01", "2024-02-25", "Timbuktu", "Goundam (贡达姆)", .explosionsRemoteViolence, 1, ["JNIM"],
      "Rocket fire on the airport area; one civilian wounded later died.",
      source: "briefs/2024-02-29-north.txt"),
    incident(
      "unk-01", nil, nil, nil, nil, nil, [],
      "Residents reported armed men on motorbikes; the date and place are unclear.",
      source: "notes/undated-note.txt"),
  ]

  /// A fixed assessor for the sample, so screen goldens do not change when the real risk
  /// scoring does: simple counts plus hand-written levels, trends, reasons and advice.
  @Sendable public static func assess(
    region: Region, watched: Set<Region>, corpus: Corpus, asOf: Day
  ) -> RegionAssessment {
    let catalog = RegionCatalog.bundled
    let mine = corpus.reports.flatMap(\.incidents).filter { incident in
      guard let r = incident.region, let d = incident.date?.day, d <= asOf else { return false }
      return catalog.region(r, countsFor: region, watchedSet: watched)
    }
    func within(_ days: Int) -> [Incident] { mine.filter { $0.date!.day.days(to: asOf) < days } }
    var a = RegionAssessment(
      region: region, level: nil, incidents7: within(7).count, incidents30: within(30).count,
      deaths7: within(7).reduce(0) { $0 + ($1.fatalities ?? 0) },
      deaths30: within(30).reduce(0) { $0 + ($1.fatalities ?? 0) },
      lastIncident: mine.compactMap { $0.date?.day }.max(), weekly: [], trend: nil, reasons: [],
      advisories: [], situation: "")
    switch region.name {
    case "Ménaka":
      a.level = .extreme
      a.trend = .rising
      a.weekly = [1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1]
      a.reasons = [
        "2 incidents, 15 deaths in 7 days; 3 incidents, 22 deaths in 30 days",
        "4x the 12-month weekly average", "Actors: ISGS, MSA",
        "Latest alert advises no road travel outside Ménaka town",
      ]
      a.situation =
        "Extreme and rising: attacks on army posts and convoys around Anderamboukane and Ménaka town, "
        + "mostly attributed to ISGS. Deadliest recent incident: 12 killed at Anderamboukane on 2024-03-09."
      a.advisories = [
        Advisory(
          kind: .advice,
          text: "Suspend road movements outside Ménaka town. Essential movements by air only, with "
            + "security clearance 48 hours in advance.",
          source: "alerts/2024-03-10-menaka.txt", date: Day(iso: "2024-03-10")),
        Advisory(
          kind: .risks, text: "Ambushes on the RN20; improvised explosive devices on secondary roads.",
          source: "briefs/2024-02-29-north.txt", date: Day(iso: "2024-02-29")),
      ]
    case "Gao":
      a.level = .high
      a.trend = .stable
      a.weekly = [0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1]
      a.reasons = ["2 incidents, 4 deaths in 30 days", "Actors: JNIM, FAMa"]
      a.situation = "High and stable: clashes along the Ansongo road and fire on the Tessit camp."
      a.advisories = [
        Advisory(
          kind: .advice, text: "Daylight travel only between Gao and Ansongo, in convoy with escort.",
          source: "alerts/2024-03-08-gao.txt", date: Day(iso: "2024-03-08"))
      ]
    case "Mopti":
      a.level = .moderate
      a.trend = .rising
      a.weekly = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 2]
      a.reasons = ["4 incidents, 8 deaths in 30 days", "Actors: JNIM, Dan Na Ambassagou, FAMa"]
      a.situation = "Moderate and rising around Sévaré and Bandiagara."
    case "Kidal":
      a.level = .low
      a.trend = .falling
      a.weekly = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
      a.reasons = ["No incident in 30 days; last on 2023-11-14"]
    case "Ségou": a.level = .high
    case "Timbuktu": a.level = .moderate
    case "Sikasso": a.level = nil
    case "Kayes": a.level = .minimal
    default: break
    }
    return a
  }
}
