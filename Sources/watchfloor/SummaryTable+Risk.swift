internal import Dispatch
import WatchfloorCore

extension SummaryTable {
  /// The regions of the rows ("(unassigned)" has none).
  var rowRegions: [Region] { rows.compactMap { catalog.region(named: $0.name) } }

  /// Rates every row's region as of `asOf`. Every row is its own region: the watched set is all
  /// rows, so a 2023 region with a row of its own is not also counted in its parent.
  mutating func assess(asOf: AsOf, settings: RiskSettings, index: RiskIndex? = nil) {
    let assessor = RiskAssessor(catalog: catalog, settings: settings)
    self.asOf = asOf
    let index = index ?? RiskIndex(corpus: corpus, catalog: catalog)
    assessments = Dictionary(
      uniqueKeysWithValues: assessor.assessAll(regions: rowRegions, index: index, asOf: asOf.day)
        .map { ($0.region.name, $0) })
  }

  /// The table of `corpus` assessed as of `asOf`: the rows (grouping every incident, serial)
  /// are counted while the ``RiskIndex`` is built on the other core; the rows then say which
  /// regions are rated. The same table as `SummaryTable(corpus:)` then ``assess(asOf:settings:index:)``.
  static func assessed(corpus: Corpus, asOf: AsOf, settings: RiskSettings) -> SummaryTable {
    let parts = SummaryParts()
    DispatchQueue.concurrentPerform(iterations: 2) { part in
      if part == 0 {
        parts.table = SummaryTable(corpus: corpus)
      } else {
        parts.index = RiskIndex(corpus: corpus, catalog: .bundled)
      }
    }
    var table = parts.table!
    table.assess(asOf: asOf, settings: settings, index: parts.index)
    return table
  }
}

/// The two halves of ``SummaryTable/assessed(corpus:asOf:settings:)``, each written by one
/// iteration of `concurrentPerform` and read after it returns.
private final class SummaryParts: @unchecked Sendable {
  var table: SummaryTable?
  var index: RiskIndex?
}
