import Testing
import WatchfloorUI

@testable import WatchfloorTerminal

struct FrameCounterStampTests {
  @Test func theCounterEndsLeftOfTheBottomRightCell() {
    var grid = ScreenGrid(width: 20, height: 3)
    FrameCounterStamp.stamp(42, on: &grid)
    let lastRow = (0..<20).map { grid[2, $0].text }.joined()
    #expect(lastRow == "                #42 ")
    #expect(grid[2, 19] == .blank)
  }

  @Test func aTinyGridIsLeftAlone() {
    var grid = ScreenGrid(width: 3, height: 1)
    FrameCounterStamp.stamp(123, on: &grid)
    #expect(grid == ScreenGrid(width: 3, height: 1))
  }
}

struct WideCharacterTests {
  @Test func plainAndAccentedCharactersPassThrough() {
    #expect(TerminalScreen.wideCharacters("a") == [0x61, 0])
    #expect(TerminalScreen.wideCharacters("é") == [0xE9, 0])
  }

  @Test func combiningMarksFollowTheBaseCharacter() {
    #expect(TerminalScreen.wideCharacters("e\u{301}") == [0x65, 0x301, 0])
  }

  @Test func controlCharactersNeverReachTheTerminal() {
    #expect(TerminalScreen.wideCharacters("\u{1B}") == [0x3F, 0])
    #expect(TerminalScreen.wideCharacters("\u{9B}") == [0x3F, 0])
    #expect(TerminalScreen.wideCharacters("\u{7}") == [0x3F, 0])
  }

  @Test func anEmptyCellIsASpace() {
    #expect(TerminalScreen.wideCharacters("") == [0x20, 0])
  }
}

struct DiagnosticLogTests {
  @Test func defaultPathFollowsXDGStateHome() {
    #expect(
      DiagnosticLog.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/watchfloor/watchfloor.log")
  }

  @Test func relativeOrMissingXDGStateHomeFallsBackToHome() {
    #expect(
      DiagnosticLog.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        == "/h/.local/state/watchfloor/watchfloor.log")
    #expect(
      DiagnosticLog.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/watchfloor/watchfloor.log")
  }
}

struct InvisibleCharacterTests {
  @Test func formatAndLoneCombiningCharactersBecomeAQuestionMark() {
    #expect(TerminalScreen.wideCharacters("\u{202E}") == [0x3F, 0])  // right-to-left override
    #expect(TerminalScreen.wideCharacters("\u{200B}") == [0x3F, 0])  // zero-width space
    #expect(TerminalScreen.wideCharacters("\u{301}") == [0x3F, 0])
  }

  @Test func wideCharactersPassThrough() {
    #expect(TerminalScreen.wideCharacters("中") == [0x4E2D, 0])
  }
}
