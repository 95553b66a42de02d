import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// A ``RiskIndex`` must rate every region exactly as the corpus scan does, also after updates,
/// and name every region whose rating an update may change.
@Suite struct RiskIndexTests {
  static let fixtures: Corpus = {
    do {
      return try CorpusLoader().load(root: FixturePaths.fixtures)
    } catch {
      fatalError("cannot load Fixtures: \(error)")
    }
  }()

  let assessor = RiskAssessor()
  let watchedSets: [Set<Region>] = [
    Set(["Gao", "Ménaka", "Mopti", "Kidal"].map(Region.init)), Set(["Mopti", "Bandiagara"].map(Region.init)),
  ]

  func days(_ corpus: Corpus) -> [Day] {
    guard let newest = corpus.reports.compactMap(\.date).max() else { return [] }
    return [0, 40, 400, 800].map { Day(ordinal: newest.ordinal - $0) }
  }

  func expectSameRatings(
    _ index: RiskIndex, _ corpus: Corpus, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for watched in watchedSets {
      for day in days(corpus) {
        for region in RegionCatalog.bundled.regions {
          let scanned = assessor.assess(region: region, watched: watched, corpus: corpus, asOf: day)
          let indexed = assessor.assess(region: region, watched: watched, index: index, asOf: day)
          #expect(indexed == scanned, "\(region) as of \(day.iso)", sourceLocation: sourceLocation)
        }
      }
    }
  }

  @Test func ratesTheFixturesLikeTheCorpusScan() {
    expectSameRatings(RiskIndex(corpus: Self.fixtures), Self.fixtures)
  }

  @Test func ratesACorpusOutOfPathOrderLikeTheCorpusScan() {
    var corpus = Self.fixtures
    corpus.reports.reverse()
    expectSameRatings(RiskIndex(corpus: corpus), corpus)
  }

  /// Odd seeds update with ``RiskIndex/update(replacing:)``, even ones with
  /// ``RiskIndex/update(removing:adding:)``.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func updatesEqualAFreshIndex(seed: UInt64) {
    var edits = CorpusEdits(corpus: Self.fixtures, seed: seed)
    var index = RiskIndex(corpus: edits.corpus)
    let watched = watchedSets[0]
    for _ in 0..<40 {
      let before = edits.corpus
      let edit = edits.step()
      let after = edits.corpus
      let old = Dictionary(uniqueKeysWithValues: before.reports.map { ($0.path, $0) })
      let new = Dictionary(uniqueKeysWithValues: after.reports.map { ($0.path, $0) })
      let removed = before.reports.filter { new[$0.path] != $0 }
      let added = after.reports.filter { old[$0.path] != $0 }
      let previous = index
      let touched: Set<Region>
      var incidentsTouched: Set<Region>?
      if seed % 2 == 0 {
        touched = index.update(removing: removed, adding: added)
      } else {
        // Report by report, only what changed inside a report.
        let paths = Set(removed.map(\.path)).union(added.map(\.path)).sorted()
        let told = index.updateTelling(replacing: paths.map { (old[$0], new[$0]) })
        touched = told.incidents.union(told.advice)
        incidentsTouched = told.incidents
      }
      guard let day = days(after).first else { continue }
      for region in RegionCatalog.bundled.regions {
        let rating = assessor.assess(region: region, watched: watched, index: index, asOf: day)
        #expect(
          rating == assessor.assess(region: region, watched: watched, corpus: after, asOf: day),
          "\(edit): \(region)")
        if let incidentsTouched, !incidentsTouched.contains(region) {
          #expect(
            assessor.counted(region: region, watched: watched, index: index, asOf: day)
              == assessor.counted(region: region, watched: watched, index: previous, asOf: day),
            "\(edit): \(region)'s incidents changed but were not reported as touched")
        }
        if !touched.contains(region) {
          #expect(
            rating == assessor.assess(region: region, watched: watched, index: previous, asOf: day),
            "\(edit): \(region) changed but was not reported as touched")
        }
      }
    }
  }

  /// Ten years of reports dated like their incidents, some dates only to the month or year, and
  /// a sparse region whose counting windows are often empty (its last incident then comes from
  /// before them).
  static let decade: Corpus = {
    var corpus = SampleCorpus.large(incidents: 3_000, reports: 300)
    var number = 0
    for r in corpus.reports.indices {
      for i in corpus.reports[r].incidents.indices {
        number += 1
        guard let day = corpus.reports[r].incidents[i].date?.day else { continue }
        if number % 7 == 0 {
          corpus.reports[r].incidents[i].date = IncidentDate(
            day: Day(year: day.year, month: day.month, day: 1)!, precision: .month)
        } else if number % 11 == 0 {
          corpus.reports[r].incidents[i].date = IncidentDate(
            day: Day(year: day.year, month: 1, day: 1)!, precision: .year)
        }
        if number % 400 == 0 { corpus.reports[r].incidents[i].region = Region("Taoudénit") }
      }
      corpus.reports[r].date = corpus.reports[r].incidents.compactMap { $0.date?.day }.max()
    }
    return corpus
  }()

  @Test func ratesTenYearsLikeTheCorpusScanOnManyDays() {
    let corpus = Self.decade
    let index = RiskIndex(corpus: corpus)
    let first = Day(year: 2014, month: 6, day: 1)!.ordinal
    for step in 0..<24 {
      let day = Day(ordinal: first + step * 151)
      for region in RegionCatalog.bundled.regions {
        let scanned = assessor.assess(region: region, watched: watchedSets[0], corpus: corpus, asOf: day)
        let indexed = assessor.assess(region: region, watched: watchedSets[0], index: index, asOf: day)
        #expect(indexed == scanned, "\(region) as of \(day.iso)")
      }
    }
  }

  /// `summary` rates every row with ``RiskAssessor/assessAll(regions:corpus:asOf:)`` (from an
  /// index): the same ratings as the corpus scan, region by region, each in its place.
  @Test(arguments: [false, true])
  func assessAllRatesLikeTheCorpusScan(decade: Bool) {
    let corpus = decade ? Self.decade : Self.fixtures
    let regions = RegionCatalog.bundled.regions
    for day in days(corpus) {
      let all = assessor.assessAll(regions: regions, corpus: corpus, asOf: day)
      #expect(all.map(\.region) == regions)
      #expect(assessor.assessAll(regions: regions, index: RiskIndex(corpus: corpus), asOf: day) == all)
      for (region, rating) in zip(regions, all) {
        let scanned = assessor.assess(region: region, watched: Set(regions), corpus: corpus, asOf: day)
        #expect(rating == scanned, "\(region) as of \(day.iso)")
      }
    }
  }
}
