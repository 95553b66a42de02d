import Foundation

/// Seeded random damage to report bytes, for the property tests: the same seed always gives the
/// same inputs, so a failure names a seed that reproduces it.
public struct HostileMutator {
  private var generator: SplitMix64

  /// A generator whose whole sequence follows from `seed` (the offset keeps the sequences the
  /// property tests have always replayed).
  public init(seed: UInt64) { generator = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15) }

  /// The next pseudo-random number.
  public mutating func next() -> UInt64 { generator.next() }

  /// A number in `0..<bound` (bound > 0).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

  /// Escape sequences, C1 controls, bidi and zero-width characters a hostile report may carry.
  public static let hostileSnippets: [String] = [
    "\u{1B}]52;c;ZWNobyBvd25lZA==\u{07}", "\u{1B}]0;owned\u{1B}\\", "\u{1B}[2J\u{1B}[H", "\u{1B}[10A",
    "\u{1B}[31;1m", "\u{9B}6n", "\u{9D}2;x\u{9C}", "\u{202E}", "\u{200B}", "\u{2066}", "\u{FEFF}", "\u{07}",
    "\u{08}\u{08}", "\r", "\u{7F}", "\t\t", "\u{1B}P+q\u{1B}\\",
  ]

  /// Text fragments that stress the parser and extractor.
  public static let awkwardSnippets: [String] = [
    "99999999999999999999999999 killed", "-9223372036854775808 dead", "killing 1e308 soldiers",
    String(repeating: "(", count: 3_000), String(repeating: ". ", count: 2_000),
    String(repeating: "Gao, ", count: 500), "31 February 2024", "Date: 12 March 3022",
    "0 Oct 0000 | 99:99 PM UTC", "\nEvent\n\nEvent\nAdvice\nRisks:\n", "---\ndate: \n---\n",
    String(repeating: "é", count: 1_000), "Title: ", "Sectors or assets affected:",
  ]

  /// `base` damaged by one to four random operations.
  public mutating func mutate(_ base: [UInt8]) -> [UInt8] {
    var bytes = base
    for _ in 0...below(4) {
      switch below(10) {
      case 0:  // flip bytes
        for _ in 0...below(8) where !bytes.isEmpty {
          bytes[below(bytes.count)] ^= UInt8(truncatingIfNeeded: next())
        }
      case 1: bytes = Array(bytes.prefix(below(bytes.count + 1)))  // truncate
      case 2: insert(Array(Self.hostileSnippets[below(Self.hostileSnippets.count)].utf8), into: &bytes)
      case 3: insert(Array(Self.awkwardSnippets[below(Self.awkwardSnippets.count)].utf8), into: &bytes)
      case 4: insert((0..<below(64)).map { _ in UInt8(truncatingIfNeeded: next()) }, into: &bytes)
      case 5:  // repeat a chunk
        guard !bytes.isEmpty else { continue }
        let start = below(bytes.count)
        let chunk = Array(bytes[start..<min(bytes.count, start + 1 + below(200))])
        insert(Array(repeatElement(chunk, count: 1 + below(50)).joined()), into: &bytes)
      case 6: bytes = bytes.map { $0 == 0x0A ? 0x0D : $0 }  // old Mac line ends
      case 7: bytes = Self.latin1(bytes)
      case 8: bytes = [0xFF, 0xFE] + bytes.flatMap { [$0, 0] }  // UTF-16LE with BOM, bytes as units
      default: bytes.removeSubrange(range(in: bytes))
      }
    }
    return bytes
  }

  private mutating func insert(_ piece: [UInt8], into bytes: inout [UInt8]) {
    bytes.insert(contentsOf: piece, at: below(bytes.count + 1))
  }

  private mutating func range(in bytes: [UInt8]) -> Range<Int> {
    let start = below(bytes.count + 1)
    return start..<min(bytes.count, start + below(100))
  }

  /// UTF-8 text re-encoded as Latin-1 where possible (other scalars dropped).
  private static func latin1(_ bytes: [UInt8]) -> [UInt8] {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.compactMap {
      $0.value < 0x100 ? UInt8($0.value) : nil
    }
  }

  /// The bytes of every fixture report (`.txt`, `.md`) under `directory`, sorted by path.
  public static func fixtureTexts(in directory: String = FixturePaths.fixtures) -> [[UInt8]] {
    let enumerator = FileManager.default.enumerator(atPath: directory)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".txt") || path.hasSuffix(".md") { paths.append(path) }
    }
    return paths.sorted().compactMap {
      FileManager.default.contents(atPath: directory + "/" + $0).map(Array.init)
    }
  }
}
