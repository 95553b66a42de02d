public import WatchfloorCore

extension SampleCorpus {
  /// A synthetic corpus of `count` incidents over ten years and many regions, for benchmarks.
  /// Deterministic: the same count gives the same corpus.
  public static func large(incidents count: Int, reports: Int = 1_000) -> Corpus {
    let regions = ["Gao", "Ménaka", "Mopti", "Kidal", "Ségou", "Timbuktu", "Bandiagara", "Kayes", "Sikasso"]
    let places = ["Ansongo", "Anderamboukane", "Sévaré", "Niono", "Léré", "Tessit", "Djenné", "Aguelhok"]
    let actors = ["JNIM", "ISGS", "FAMa", "MSA", "Dozo", "Wagner"]
    let types = EventType.allCases
    let start = Day(year: 2014, month: 1, day: 1)!.ordinal
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var perReport = [[Incident]](repeating: [], count: reports)
    for index in 0..<count {
      let report = index % reports
      let day = Day(ordinal: start + next(3_650))
      let place = places[next(places.count)]
      perReport[report].append(
        Incident(
          id: IncidentID("syn-\(index)"), date: IncidentDate(day: day),
          region: Region(regions[next(regions.count)]),
          location: place, actors: [actors[next(actors.count)], actors[next(actors.count)]],
          eventType: types[next(types.count)], fatalities: next(4) == 0 ? nil : next(30),
          summary: "Synthetic incident \(index) near \(place): armed men attacked a checkpoint and a market.",
          source: "synthetic/report-\(report).txt",
          sourceText: "Synthetic source sentence number \(index), long enough to wrap in the detail pane.",
          span: 0..<10, isMainEvent: true))
    }
    let last = Day(ordinal: start + 3_650)
    return Corpus(
      root: "/tmp/synthetic",
      reports: (0..<reports).map { r in
        Report(
          path: "synthetic/report-\(r).txt", title: "Report \(r)", kind: .alert, date: last,
          dateSource: .header,
          sections: [], body: "", incidents: perReport[r])
      }, skipped: [])
  }
}
