import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// Golden-text snapshots of the real `Fixtures/` corpus through the real loader, extractor and
/// assessor (as of the newest report, 2024-11-20; fixed load time and corpus name).
///
/// These goldens change whenever extraction or risk scoring changes. That is intended: re-record
/// them deliberately with `WATCHFLOOR_RECORD_GOLDENS=1 swift test --filter FixturesGoldenTests`
/// and review every changed line in the diff before committing.
@Suite struct FixturesGoldenTests {
  static let sizes = [(80, 24), (120, 40), (200, 60)]

  /// The Fixtures dashboard; the root is renamed so the header does not show this checkout's path.
  static func state(options: DisplayOptions = DisplayOptions()) throws -> AppState {
    let loaded = try CorpusLoader().load(root: FixturePaths.fixtures)
    let corpus = Corpus(root: "Fixtures", reports: loaded.reports, skipped: loaded.skipped)
    return AppState(data: DashboardData(corpus: corpus, loadedAt: "08:00:00"), options: options)
  }

  @Test(arguments: sizes) func main(width: Int, height: Int) throws {
    let state = try Self.state()
    #expect(state.data.asOf == Day(year: 2024, month: 11, day: 20))
    DashboardGoldens.assertGolden(
      state, name: "fixtures-main-\(width)x\(height)", width: width, height: height)
  }

  @Test(arguments: sizes) func help(width: Int, height: Int) throws {
    var state = try Self.state()
    _ = state.handle(.character("?"))
    DashboardGoldens.assertGolden(
      state, name: "fixtures-help-\(width)x\(height)", width: width, height: height)
  }

  @Test(arguments: sizes) func detail(width: Int, height: Int) throws {
    var state = try Self.state()
    state.setScreenSize(width: width, height: height)
    for key in [Key.character("j"), .character("j"), .enter] { _ = state.handle(key) }
    #expect(state.isDetailOpen)
    DashboardGoldens.assertGolden(
      state, name: "fixtures-detail-\(width)x\(height)", width: width, height: height)
  }

  @Test(arguments: sizes) func filtered(width: Int, height: Int) throws {
    var state = try Self.state()
    state.setScreenSize(width: width, height: height)
    _ = state.handle(.character("/"))
    for character in "Gao" { _ = state.handle(.character(character)) }
    _ = state.handle(.enter)
    #expect(state.filter == "Gao" && state.visibleIncidentCount > 0)
    DashboardGoldens.assertGolden(
      state, name: "fixtures-filtered-\(width)x\(height)", width: width, height: height)
  }

  @Test func tooSmall() throws {
    DashboardGoldens.assertGolden(try Self.state(), name: "fixtures-too-small-50x12", width: 50, height: 12)
  }

  @Test func monochrome() throws {
    DashboardGoldens.assertGolden(
      try Self.state(options: DisplayOptions(colors: false)), name: "fixtures-main-mono-80x24", width: 80,
      height: 24)
  }
}
