import Testing
import WatchfloorCore

@Suite struct ReportTextDecoderTests {
  @Test func stripsUTF8ByteOrderMark() {
    let decoded = ReportTextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Gao".utf8))
    #expect(decoded.text == "Gao")
    #expect(decoded.warnings.isEmpty)
  }

  @Test func normalisesCRLFAndCR() {
    #expect(ReportTextDecoder.decode(Array("a\r\nb\rc\n\r\nd\r".utf8)).text == "a\nb\nc\n\nd\n")
  }

  @Test func replacesInvalidUTF8WithWarning() {
    let bytes: [UInt8] = Array("Mopti ".utf8) + [0xC3, 0x28, 0xFF] + Array(" fin".utf8)
    let decoded = ReportTextDecoder.decode(bytes)
    #expect(decoded.text.hasPrefix("Mopti \u{FFFD}"))
    #expect(decoded.text.hasSuffix(" fin"))
    #expect(decoded.warnings.count == 1)
    #expect(decoded.warnings.first?.contains("invalid UTF-8") == true)
    #expect(!decoded.isBinary)
  }

  @Test func nulBytesMeanBinary() {
    #expect(ReportTextDecoder.decode([0x47, 0x00, 0x41]).isBinary)
  }

  @Test func decodesUTF16WithByteOrderMark() {
    let little: [UInt8] =
      [0xFF, 0xFE] + Array("Kidal\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let decoded = ReportTextDecoder.decode(little)
    #expect(decoded.text == "Kidal\n")
    #expect(!decoded.isBinary)
    #expect(decoded.warnings.contains { $0.contains("UTF-16") })
    let big: [UInt8] = [0xFE, 0xFF] + Array("Ségou".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(ReportTextDecoder.decode(big).text == "Ségou")
  }
}
