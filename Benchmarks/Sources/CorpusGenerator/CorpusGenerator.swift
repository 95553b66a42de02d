/// Deterministic synthetic corpora for Watchfloor's benchmarks.
///
/// Report `i` of a run depends only on the seed, `i` and the place catalogue, so corpora can be
/// generated in parallel, cached by (seed, count), and a 10k corpus is the first 10k reports of
/// the 100k one.
public struct CorpusGenerator: Sendable {
  public let seed: UInt64
  public let places: PlaceCatalog
  /// Report dates are spread uniformly over these years.
  public let years: ClosedRange<Int>
  private let composer: ReportComposer

  public init(seed: UInt64, places: PlaceCatalog, years: ClosedRange<Int> = 2019...2024) {
    self.seed = seed
    self.places = places
    self.years = years
    self.composer = ReportComposer(places: places)
  }

  /// Mix of formats: alerts are the most common, background papers the rarest.
  private static let formats: [(GeneratedReportFormat, Int)] = [
    (.alert, 40), (.news, 30), (.brief, 20), (.background, 10),
  ]

  /// Report number `index` of this run.
  public func report(at index: Int) -> GeneratedReport {
    var rng = SplitMix64(seed: seed, stream: UInt64(index))
    let format = rng.pick(weighted: Self.formats)
    let first = CalendarDay(year: years.lowerBound, month: 1, day: 1).ordinal
    let last = CalendarDay(year: years.upperBound, month: 12, day: 31).ordinal
    let date = CalendarDay(ordinal: rng.int(in: first...last))
    return composer.compose(index: index, format: format, date: date, using: &rng)
  }

  /// Reports `0, 1, …` until they hold at least `incidentCount` incidents.
  public func reports(holdingAtLeast incidentCount: Int) -> [GeneratedReport] {
    var reports: [GeneratedReport] = []
    var total = 0
    while total < incidentCount {
      let report = report(at: reports.count)
      total += report.incidents.count
      reports.append(report)
    }
    return reports
  }
}
