import CNCurses
import Testing
import WatchfloorUI

@testable import WatchfloorTerminal

struct KeyDecoderTests {
  @Test(arguments: [
    (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
    (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace),
    (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
    (KEY_RESIZE, .resize),
  ])
  func functionKeysMapToKeys(code: Int32, key: Key) {
    #expect(KeyDecoder.key(status: wf_key_code_yes(), value: UInt32(bitPattern: code)) == key)
  }

  @Test func functionKeysKeepTheirNumber() {
    let f5 = UInt32(bitPattern: wf_key_f(5))
    #expect(KeyDecoder.key(status: wf_key_code_yes(), value: f5) == .function(5))
  }

  @Test func unknownFunctionKeysAreDropped() {
    #expect(KeyDecoder.key(status: wf_key_code_yes(), value: UInt32(bitPattern: KEY_MOUSE)) == nil)
  }

  @Test(arguments: [
    (UInt32(9), Key.tab), (13, .enter), (10, .enter), (27, .escape), (127, .backspace),
    (8, .backspace),
  ])
  func controlCharactersWithAMeaning(value: UInt32, key: Key) {
    #expect(KeyDecoder.key(status: OK, value: value) == key)
  }

  @Test(arguments: [UInt32(0), 1, 3, 7, 31, 0x85, 0x9B])
  func otherControlCharactersAreDropped(value: UInt32) {
    #expect(KeyDecoder.key(status: OK, value: value) == nil)
  }

  @Test func printableCharactersIncludingNonASCII() {
    #expect(KeyDecoder.key(status: OK, value: 0x71) == .character("q"))
    #expect(KeyDecoder.key(status: OK, value: 0x3F) == .character("?"))
    #expect(KeyDecoder.key(status: OK, value: 0xE9) == .character("é"))
  }

  @Test func errorsAreNotKeys() {
    #expect(KeyDecoder.key(status: ERR, value: 0x71) == nil)
  }
}
