import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// The corpus folder going away: the header says so in the error style, the status line
/// explains, and the data stays on screen. Checked at the smallest common size (80x24).
@Suite("Folder-missing banner")
struct FolderMissingBannerTests {
  private func render(_ state: AppState) -> (lines: [String], grid: ScreenGrid) {
    var state = state
    state.setScreenSize(width: 80, height: 24)
    let grid = Renderer.render(state, width: 80, height: 24)
    return (grid.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), grid)
  }

  @Test func headerAndStatusLineSayTheFolderIsMissingAndTheDataStays() throws {
    let normal = DashboardGoldens.sampleState()
    var missing = normal
    missing.watchStatus = .folderMissing(since: "14:06:02")
    missing.setStatus("corpus folder missing since 14:06:02; showing last good data")

    let (before, _) = render(normal)
    let (after, grid) = render(missing)
    #expect(after[0] == before[0])  // same counts
    #expect(after[1].hasSuffix("FOLDER MISSING since 14:06:02"))
    let column = try #require(after[1].range(of: "FOLDER")).lowerBound.utf16Offset(in: after[1])
    #expect(grid[1, column].style == normal.options.theme.style(.error))
    #expect(after[23].contains("corpus folder missing since 14:06:02; showing last good data"))
    #expect(after[23].contains("? help"))
    #expect(after[23].contains("q quit"))
    #expect(after[2..<23] == before[2..<23])  // every pane unchanged
  }

  @Test func labelsOfEachWatchStatus() {
    #expect(WatchStatus.folderMissing(since: "09:00:00").label == "FOLDER MISSING since 09:00:00")
    #expect(WatchStatus.folderMissing(since: "09:00:00").isAlarm)
    #expect(WatchStatus.stopped("x").isAlarm)
    #expect(!WatchStatus.watching.isAlarm)
    #expect(!WatchStatus.polling(seconds: 2).isAlarm)
  }
}
