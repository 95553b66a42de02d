public import WatchfloorCore

/// Random edits of a corpus in memory, for tests that compare an incrementally updated model
/// with one built from scratch: delete, restore, modify (incidents, dates, regions, advice),
/// rename and copy reports. Deterministic for a seed; reports stay in path order (UTF-8 bytes),
/// as ``CorpusStore`` keeps them, and incident identities stay unique.
public struct CorpusEdits {
  public private(set) var corpus: Corpus
  private var deleted: [Report] = []
  private var state: UInt64
  private var counter = 0
  private let regions = [
    "Gao", "Ménaka", "Mopti", "Kidal", "Bandiagara", "Ségou", "Timbuktu", "Taoudénit", "Kayes", "Douentza",
  ].map(Region.init)

  public init(corpus: Corpus, seed: UInt64) {
    self.corpus = corpus
    self.corpus.reports.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    state = seed &+ 0x9E37_79B9_7F4A_7C15
  }

  /// Applies one random edit and says which.
  @discardableResult
  public mutating func step() -> String {
    let reports = corpus.reports
    let choice = next(10)
    if reports.isEmpty || (choice == 0 && !deleted.isEmpty) {
      guard !deleted.isEmpty else { return "nothing" }
      let report = deleted.remove(at: next(deleted.count))
      put(report)
      return "restore \(report.path)"
    }
    let index = next(reports.count)
    let report = reports[index]
    switch choice {
    case 1:
      corpus.reports.remove(at: index)
      deleted.append(report)
      return "delete \(report.path)"
    case 2:
      corpus.reports.remove(at: index)
      put(renamed(report, to: "moved/\(counter)-" + report.path))
      return "rename \(report.path)"
    case 3:
      put(renamed(report, to: "copies/\(counter)-" + report.path))
      return "copy \(report.path)"
    default:
      corpus.reports[index] = modified(report)
      return "modify \(report.path)"
    }
  }

  private mutating func put(_ report: Report) {
    var reports = corpus.reports.filter { $0.path != report.path }
    let at = reports.firstIndex { report.path.utf8.lexicographicallyPrecedes($0.path.utf8) } ?? reports.count
    reports.insert(report, at: at)
    corpus.reports = reports
  }

  private mutating func renamed(_ report: Report, to path: String) -> Report {
    counter += 1
    var copy = report
    copy.path = path
    copy.incidents = report.incidents.map { incident in
      var moved = incident
      moved.id = IncidentID(path + "#" + incident.id.rawValue)
      moved.source = path
      return moved
    }
    return copy
  }

  private mutating func modified(_ report: Report) -> Report {
    var copy = report
    counter += 1
    switch next(8) {
    case 0 where !copy.incidents.isEmpty:
      copy.incidents.remove(at: next(copy.incidents.count))
    case 1 where !copy.incidents.isEmpty:
      let at = next(copy.incidents.count)
      copy.incidents[at].region = next(6) == 0 ? nil : regions[next(regions.count)]
    case 2 where !copy.incidents.isEmpty:
      let at = next(copy.incidents.count)
      if let date = copy.incidents[at].date {
        // Mostly near its day; sometimes a year or two back, out of every counting window.
        let shift = next(4) == 0 ? -300 - next(600) : next(41) - 20
        copy.incidents[at].date = IncidentDate(
          day: Day(ordinal: date.day.ordinal + shift),
          precision: [.day, .day, .month, .year][next(4)])
      } else {
        copy.incidents[at].date = copy.date.map { IncidentDate(day: $0) }
      }
    case 3 where !copy.incidents.isEmpty:
      let at = next(copy.incidents.count)
      copy.incidents[at].fatalities = next(3) == 0 ? nil : next(40)
      copy.incidents[at].actors.append("Actor \(next(5))")
    case 4:
      copy.date =
        copy.date.map { Day(ordinal: $0.ordinal + next(21) - 10) } ?? Day(year: 2024, month: 3, day: 1)
    case 5:
      let region = regions[next(regions.count)]
      let levels = ["Avoid all travel to", "Exercise increased caution in", "Reconsider travel to"]
      copy.sections.removeAll { $0.name == "Advice" }
      copy.sections.append(
        ReportSection(name: "Advice", text: "\(levels[next(levels.count)]) \(region.name) region.", offset: 0)
      )
    case 6 where !copy.incidents.isEmpty:
      // The same event as another incident, told again: counted once.
      var twin = copy.incidents[next(copy.incidents.count)]
      twin.id = IncidentID("\(copy.path)#twin-\(counter)")
      twin.fatalities = (twin.fatalities ?? 0) + next(5)
      copy.incidents.append(twin)
    default:
      let day = copy.date ?? Day(year: 2024, month: 3, day: 1)!
      copy.incidents.append(
        Incident(
          id: IncidentID("\(copy.path)#new-\(counter)"),
          date: IncidentDate(day: Day(ordinal: day.ordinal - next(60))),
          region: regions[next(regions.count)], location: ["Ansongo", "Tessit", nil][next(3)],
          actors: ["JNIM"], eventType: EventType.allCases[next(EventType.allCases.count)],
          fatalities: next(10), summary: "Edited incident \(counter).", source: copy.path,
          sourceText: "Edited incident \(counter).", span: 0..<1, isMainEvent: next(2) == 0))
    }
    return copy
  }

  private mutating func next(_ bound: Int) -> Int {
    state = state &+ 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
