import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The fast paths behind the advice index (``SafeText``'s byte scan, the ASCII trim, the
/// one-pass region name scan) must give exactly what the general code they skip gives: seeded
/// random texts over an alphabet that hits each rule (controls, C1, bidi and zero-width
/// characters, `\r\n`, combining marks, accented and non-ASCII region spellings), and every
/// fixture.
@Suite struct AdviceFastPathTests {
  static let alphabet: [String] = [
    "a", "G", "ao", "gao", "GAO", " ", " ", "\n", "\n", "\r\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{01}",
    "\u{7F}", "\u{85}", "\u{9B}", "\u{A0}", "\u{200B}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{FEFF}",
    "\u{061C}", "\u{2028}", "\u{3000}", "é", "e\u{301}", "\u{301}", "Ségou", "segou", "Segu", "ménaka",
    "MÉNAKA", "Tombouctou", "Bamako District", "district de bamako", "Nioro-du-Sahel", "Dioïla",
    "Taoudénit", "San", "sans", "Kita", "Mopti", "Bandiagara", "İ", "K", "’", "'", "-", ",", ".",
    "Advice:", "Risks:", "sectors or assets affected:", "🙂", "中", "\u{0600}", "1",
  ]

  static func randomText(_ generator: inout SplitMix64, length: Int) -> String {
    var text = ""
    for _ in 0..<length { text += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
    return text
  }

  static let texts: [String] = {
    var generator = SplitMix64(seed: 20_261_207)
    var texts = (0..<4_000).map { randomText(&generator, length: 1 + $0 % 30) }
    texts += [
      "", " ", "\n", "abc", " abc\n", "abc\r\n", "\r\nabc", "abc \u{301}", "\u{A0}abc\u{A0}", "a\u{0600}b",
    ]
    texts += HostileMutator.fixtureTexts().map { String(decoding: $0, as: UTF8.self) }
    return texts
  }()

  // MARK: - SafeText

  /// ``SafeText/singleLine(_:)`` as it was before its byte scan.
  static func referenceSingleLine(_ text: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
      case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C: continue
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  static func referenceMultiLine(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { referenceSingleLine($0) }
      .joined(separator: "\n")
  }

  @Test func safeTextIsUnchangedByItsByteScan() {
    var unchanged = 0
    for text in Self.texts {
      #expect(
        Array(SafeText.singleLine(text).utf8) == Array(Self.referenceSingleLine(text).utf8),
        "\(text.debugDescription)")
      #expect(
        Array(SafeText.multiLine(text).utf8) == Array(Self.referenceMultiLine(text).utf8),
        "\(text.debugDescription)")
      if SafeTextScan.isUnchanged(text, keepingNewlines: true) { unchanged += 1 }
    }
    #expect(unchanged > 100)  // the fast path was taken
  }

  @Test func safeTextScanRejectsWhatSafeTextRewrites() {
    for text in [
      "a\rb", "a\u{0B}", "\u{7F}", "\u{9F}", "\u{200F}", "\u{202A}", "\u{2069}", "\u{FEFF}x", "\u{061C}",
    ] {
      #expect(!SafeTextScan.isUnchanged(text, keepingNewlines: true), "\(text.debugDescription)")
    }
    #expect(SafeTextScan.isUnchanged("a\nb é 中", keepingNewlines: true))
    #expect(!SafeTextScan.isUnchanged("a\nb", keepingNewlines: false))
  }

  // MARK: - Trimming

  static func referenceTrimmed(_ text: String) -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace }
    guard let start = text.firstIndex(where: { !isSpace($0) }),
      let end = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(text[start...end])
  }

  @Test func trimmingWhitespaceMatchesTheCharacterWalk() {
    for text in Self.texts {
      #expect(
        Array(text.trimmingWhitespace().utf8) == Array(Self.referenceTrimmed(text).utf8),
        "\(text.debugDescription)")
      for kind in [Advisory.Kind.advice, .risks, .sectors] {
        let cleaned = AdvisorySelector.cleaned(text, kind: kind)
        #expect(cleaned == Self.referenceCleaned(text, kind: kind), "\(text.debugDescription)")
      }
    }
  }

  static func referenceCleaned(_ text: String, kind: Advisory.Kind) -> String {
    let prefixes: [Advisory.Kind: [String]] = [
      .advice: ["advice:"], .risks: ["risks:"], .sectors: ["sectors or assets affected:", "sectors:"],
    ]
    var body = Substring(referenceTrimmed(text))
    for prefix in prefixes[kind] ?? [] where body.prefix(prefix.count).lowercased() == prefix {
      body = body.dropFirst(prefix.count)
      break
    }
    return referenceMultiLine(referenceTrimmed(String(body)))
  }

  // MARK: - Region names

  /// The region scan as it was: every name searched in every lower-cased text, then the folded
  /// text searched with Foundation.
  static func referenceRegions(in texts: [String], names: [RegionNames.Name]) -> Set<Region> {
    let lowered = texts.map { Array($0.lowercased().utf8) }
    let candidates = names.filter { name in
      lowered.contains { bytes in
        guard !name.lowered.isEmpty else { return true }
        guard name.lowered.count <= bytes.count else { return false }
        return (0...(bytes.count - name.lowered.count)).contains { at in
          bytes[at..<(at + name.lowered.count)].elementsEqual(name.lowered)
        }
      }
    }
    guard !candidates.isEmpty else { return [] }
    let folded = " " + TextFolding.key(texts.joined(separator: "\n")) + " "
    return Set(candidates.filter { folded.range(of: " " + $0.folded + " ") != nil }.map(\.region))
  }

  @Test func regionNamesMatchTheNameByNameScan() {
    let names = RegionNames(.bundled)
    var found = 0
    for start in stride(from: 0, to: Self.texts.count - 3, by: 3) {
      let texts = Array(Self.texts[start..<(start + 3)])
      let regions = names.regions(in: texts)
      #expect(regions == Self.referenceRegions(in: texts, names: names.names), "\(texts.debugDescription)")
      found += regions.count
    }
    #expect(found > 100)
    #expect(
      names.regions(in: ["Attack near SÉGOU and in district de Bamako."]) == [
        Region("Ségou"), Region("Bamako"),
      ])
    #expect(names.regions(in: ["Sans Gaoland"]).isEmpty)
    #expect(names.regions(in: []).isEmpty)
  }
}
