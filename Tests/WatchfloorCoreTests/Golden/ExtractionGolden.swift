import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

/// Extraction identity: the incidents of `Fixtures/` and of `../shared/seeds` must not change
/// unless a change means them to. Performance work must leave these untouched; rule changes
/// re-record them deliberately with
/// `WATCHFLOOR_RECORD_GOLDENS=1 swift test --filter ExtractionGolden` and say what changed.
///
/// `Fixtures/` is stored in full (JSONL and the evidence of each incident). The seeds are not
/// ours to copy, so only their incident count and SHA-256 digests are stored.
@Suite struct ExtractionGolden {
  static let goldens = FixturePaths.repositoryRoot + "/Tests/WatchfloorCoreTests/Resources/Goldens"
  static let seedsPresent = FileManager.default.fileExists(atPath: FixturePaths.seeds)

  @Test func fixturesJSONL() throws {
    let dump = try ExtractionDump(root: FixturePaths.fixtures)
    #expect(dump.jsonl.count > 20)
    Self.check(text(dump.jsonl), golden: "fixtures-incidents.jsonl")
  }

  @Test func fixturesEvidence() throws {
    let dump = try ExtractionDump(root: FixturePaths.fixtures)
    Self.check(text(dump.evidence), golden: "fixtures-evidence.txt")
  }

  @Test func seedsAreAvailableOrSkippedVisibly() {
    if !Self.seedsPresent {
      print("ExtractionGolden: \(FixturePaths.seeds) not found; the seed digest check is skipped")
    }
  }

  @Test(.enabled(if: seedsPresent, "needs ../shared/seeds"))
  func seedsDigest() throws {
    let dump = try ExtractionDump(root: FixturePaths.seeds)
    let summary = [
      "incidents \(dump.jsonl.count)",
      "jsonl-sha256 \(SHA256Digest.hex(text(dump.jsonl)))",
      "evidence-sha256 \(SHA256Digest.hex(text(dump.evidence)))",
    ]
    // Only the digests are compared: a mismatch cannot show the seed text, just which part moved.
    Self.check(text(summary), golden: "seeds-incidents.sha256")
  }

  @Test func digestIsStandardSHA256() {
    #expect(SHA256Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = String(repeating: "a", count: 1_000)
    #expect(SHA256Digest.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }

  private func text(_ lines: [String]) -> String { lines.map { $0 + "\n" }.joined() }

  private static func check(_ actual: String, golden name: String) {
    let path = goldens + "/" + name
    if GoldenFile.isRecording {
      let failure = GoldenFile.check(actual, path: path)
      Issue.record(Comment(rawValue: failure ?? "recorded \(path)"))
      return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
      Issue.record(
        "missing golden \(path); run WATCHFLOOR_RECORD_GOLDENS=1 swift test --filter ExtractionGolden")
      return
    }
    if expected != actual {
      Issue.record(
        Comment(
          rawValue: "extraction output changed: \(name)\n"
            + LineDiff.describe(expected: expected, actual: actual)
            + "\nif intended, re-record: WATCHFLOOR_RECORD_GOLDENS=1 swift test --filter ExtractionGolden"))
    }
  }
}
