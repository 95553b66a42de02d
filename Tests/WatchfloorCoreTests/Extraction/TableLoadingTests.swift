import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// The byte shortcuts of the table loaders give what the `Character` code they replaced gave.
@Suite struct TableLoadingTests {
  static let pieces: [String] = ["a", "B", "|", "||", " ", "é", "\u{301}", "\r", "\n", "ж", "-", "\u{600}"]

  static func random(_ generator: inout SplitMix64) -> String {
    (0..<Int(generator.next() % 9)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
  }

  @Test func aliasesAreCutAsByCharacters() {
    var generator = SplitMix64(seed: 2_026)
    for _ in 0..<5_000 {
      let cell = Self.random(&generator)
      #expect(
        Gazetteer.aliases(cell) == cell.split(separator: "|").map(String.init), "\(cell.debugDescription)")
    }
    #expect(Gazetteer.aliases("Tombouctou|Timbuktu||Tin Buktu") == ["Tombouctou", "Timbuktu", "Tin Buktu"])
  }

  @Test func characterCountsAgree() {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<5_000 {
      let word = Self.random(&generator)
      for n in 0...8 {
        #expect(
          SpellingVariants.hasAtLeast(n, charactersIn: word) == (word.count >= n), "\(word.debugDescription)")
      }
    }
  }

  @Test func theVillageTableKeepsEveryRow() {
    let text =
      "key\tspelling\n# a comment\nab\tAb\tAb\tKayes\t\t\t1\n\nab cd ef\tAb Cd Ef\tAb\tKayes\t\t\t2\n#x\nzz\tZz"
    let table = VillageGazetteer(tsv: Array(text.utf8), regions: .bundled)
    #expect(table.count == 3)
    #expect(table.storedSpellings().map(\.key) == ["ab", "ab cd ef", "zz"])
    #expect(VillageGazetteer.bundled.count > 20_000)
  }
}
