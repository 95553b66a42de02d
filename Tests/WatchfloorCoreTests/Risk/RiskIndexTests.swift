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
    return [newest, Day(ordinal: newest.ordinal - 40)]
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
    let index = RiskIndex(corpus: corpus)
    #expect(!index.isPathOrdered)
    expectSameRatings(index, corpus)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
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
      let touched = index.update(removing: removed, adding: added)
      guard let day = days(after).first else { continue }
      for region in RegionCatalog.bundled.regions {
        let rating = assessor.assess(region: region, watched: watched, index: index, asOf: day)
        #expect(
          rating == assessor.assess(region: region, watched: watched, corpus: after, asOf: day),
          "\(edit): \(region)")
        if !touched.contains(region) {
          #expect(
            rating == assessor.assess(region: region, watched: watched, index: previous, asOf: day),
            "\(edit): \(region) changed but was not reported as touched")
        }
      }
    }
  }
}
