import Foundation
import Testing
import WatchfloorTestSupport

@testable import WatchfloorCore

/// A full load lists the corpus from the directory's entry types, without `lstat`: it must find
/// the same candidates and skip the same entries, with the same reasons, as the listing that
/// examines every entry; and the order of paths is still UTF-8 byte order.
@Suite struct ListingWithoutStatusTests {
  func hostileTree() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    try dir.write("b.txt", "Gao, 3 May 2024. Two soldiers were killed.")
    try dir.write("a.md", "Notes")
    try dir.write("Z.txt", "Upper case sorts first in bytes.")
    try dir.write("é.txt", "Non-ASCII name.")
    try dir.write(".hidden.txt", "x")
    try dir.write("draft.txt~", "x")
    try dir.write("paper.pdf", "x")
    try dir.write("sub/deeper/c.txt", "Kidal")
    try dir.write(".git/d.txt", "x")
    try dir.symlink("link.txt", to: dir.path + "/b.txt")
    try dir.symlink("linked-dir", to: dir.path + "/sub")
    #expect(mkfifo(dir.path + "/pipe.txt", 0o644) == 0)
    return dir
  }

  @Test func findsAndSkipsWhatTheExaminingListingDoes() throws {
    let dir = try hostileTree()
    let loader = CorpusLoader()
    let examined = try loader.listFiles(root: dir.path)
    let typed = try loader.listFiles(root: dir.path, statusOfFiles: false)
    #expect(typed.files.map(\.path) == examined.files.map(\.path))
    #expect(typed.skipped == examined.skipped)
    #expect(examined.files.map(\.path) == ["Z.txt", "a.md", "b.txt", "sub/deeper/c.txt", "é.txt"])
  }

  @Test func utf8OrderIsByteOrder() {
    let paths = ["b", "a", "é", "Z", "ab", "a/b", "a-b", "", "e\u{301}", "z", "中", "🙂"]
    for a in paths {
      for b in paths {
        #expect(UTF8Order.precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
      }
    }
  }

  @Test func aFullLoadEqualsOneFromTheExaminingListing() throws {
    let dir = try hostileTree()
    let corpus = try CorpusLoader().load(root: dir.path)
    #expect(corpus.reports.map(\.path) == ["Z.txt", "a.md", "b.txt", "sub/deeper/c.txt", "é.txt"])
    let listed = try CorpusLoader().listFiles(root: dir.path)
    #expect(corpus.skipped.map(\.path) == listed.skipped.map(\.path))
  }
}
