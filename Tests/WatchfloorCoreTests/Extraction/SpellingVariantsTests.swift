import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// ``SpellingVariants`` draws its candidates from hashes of byte deletions; it must find exactly
/// the names the `String` deletion index it replaced found (`ReferenceSpellingVariants`, a copy
/// of that code): every bundled one-word name edited at random (letters added, dropped, swapped,
/// changed, accents and combining marks, `\r`), random words, and names that are not ASCII.
@Suite struct SpellingVariantsTests {
  static let pieces: [String] = [
    "a", "o", "u", "k", "t", "b", "s", "z", "é", "ö", "\u{301}", "\r", "ж", "'", "1",
  ]

  static func bundledNames() -> [String] {
    var names: Set<String> = []
    for entry in Gazetteer.bundled.entries {
      for name in [entry.name] + entry.aliases { names.insert(TextFolding.key(name)) }
    }
    return names.sorted()
  }

  static func edited(_ word: String, _ generator: inout SplitMix64) -> String {
    var characters = Array(word).map(String.init)
    for _ in 0..<(1 + Int(generator.next() % 2)) {
      let at = Int(generator.next() % UInt64(characters.count + 1))
      let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
      switch generator.next() % 4 {
      case 0: characters.insert(piece, at: at)
      case 1 where at < characters.count: characters.remove(at: at)
      case 2 where at + 1 < characters.count: characters.swapAt(at, at + 1)
      case 3 where at < characters.count: characters[at] = piece
      default: break
      }
    }
    return characters.joined()
  }

  @Test func editedBundledNamesFindWhatTheStringIndexFound() {
    let names = Self.bundledNames()
    let fast = Gazetteer.bundled.spellings
    let slow = ReferenceSpellingVariants(names: names)
    var generator = SplitMix64(seed: 8_121)
    var found = 0
    for round in 0..<6_000 {
      let name = names[Int(generator.next() % UInt64(names.count))]
      let word = round % 5 == 0 ? name : Self.edited(name, &generator)
      let expected = slow.names(near: word)
      #expect(fast.names(near: word) == expected, "\(word.debugDescription)")
      found += expected.isEmpty ? 0 : 1
    }
    #expect(found > 1_000)
  }

  @Test func namesOutsideASCIIAreFoundAsBefore() {
    let names = ["tombouctoù", "menaka\u{301}ka", "zzzzzzzé", "kidalkidal", "ségou ségou", "bourem\rbourem"]
    let fast = SpellingVariants(names: names)
    let slow = ReferenceSpellingVariants(names: names)
    var generator = SplitMix64(seed: 44)
    for round in 0..<3_000 {
      let word = Self.edited(names[round % names.count], &generator)
      #expect(fast.names(near: word) == slow.names(near: word), "\(word.debugDescription)")
    }
    for word in ["tombouctou", "menakaka", "zzzzzzz", "zzzzzzzéé", "kidalkida", "bouremrbourem"] {
      #expect(fast.names(near: word) == slow.names(near: word), "\(word.debugDescription)")
    }
  }
}

/// The `String` deletion index that ``SpellingVariants`` used before its hashed one, kept as
/// the oracle.
struct ReferenceSpellingVariants {
  private let deletions: [String: [String]]

  init(names: some Sequence<String>) {
    var deletions: [String: [String]] = [:]
    for name in Set(names) where name.count >= SpellingVariants.minimumLength && !name.contains(" ") {
      for variant in Self.withOneDeletion(name) + [name] where deletions[variant]?.last != name {
        deletions[variant, default: []].append(name)
      }
    }
    self.deletions = deletions
  }

  func names(near word: String) -> [String] {
    guard word.count >= SpellingVariants.minimumLength - 1, !word.contains(" ") else { return [] }
    var found: Set<String> = []
    for variant in Self.withOneDeletion(word) + [word] {
      for name in deletions[variant] ?? []
      where name != word && name.first == word.first && SpellingVariants.isOneEditApart(name, word) {
        found.insert(name)
      }
    }
    return found.sorted()
  }

  private static func withOneDeletion(_ word: String) -> [String] {
    let letters = Array(word)
    return letters.indices.map { i in String(letters[..<i] + letters[(i + 1)...]) }
  }
}
