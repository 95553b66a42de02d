import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

@Suite struct CorpusLoaderTests {
  let loader = CorpusLoader()

  func reason(_ corpus: Corpus, _ path: String) -> SkippedFile.Reason? {
    corpus.skipped.first { $0.path == path }?.reason
  }

  /// A report's text is held once: its sections are slices of its body, not copies (at 10k
  /// reports the copies were a third of the peak memory).
  @Test func sectionTextsAreSlicesOfTheBody() throws {
    let corpus = try CorpusLoader().load(root: FixturePaths.fixtures)
    let sections = corpus.reports.flatMap { report in report.sections.map { (report, $0) } }
    #expect(sections.count > corpus.reports.count)
    for (report, section) in sections where section.text.utf8.count > 15 {
      #expect(sharesStorage(section.text, with: report.body), "\(report.path) \(section.name)")
    }
  }

  @Test func readsTextAndMarkdownRecursivelyInSortedOrder() throws {
    let dir = try TemporaryDirectory()
    try dir.write("b.txt", "2024-01-02\n\nSecond.")
    try dir.write("a.md", "First.")
    try dir.write("sub/deeper/c.TXT", "Third.")
    try dir.write("sub/a.txt", "Fourth.")
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path) == ["a.md", "b.txt", "sub/a.txt", "sub/deeper/c.TXT"])
    #expect(corpus.skipped.isEmpty)
    #expect(corpus.root == dir.path)
    #expect(corpus.reports[1].date == Day(year: 2024, month: 1, day: 2))
  }

  @Test func ignoresHiddenEditorAndNonTextFiles() throws {
    let dir = try TemporaryDirectory()
    try dir.write("report.txt", "Kept.")
    try dir.write(".hidden.txt", "no")
    try dir.write(".git/notes.txt", "no")
    try dir.write("report.txt.swp", "no")
    try dir.write("report.swx", "no")
    try dir.write("report.txt~", "no")
    try dir.write(".#report.txt", "no")
    try dir.write("4913", "no")
    try dir.write("scan.pdf", "%PDF")
    try dir.write("README", "no extension")
    try dir.write("binary.txt", bytes: [0x41, 0x00, 0x42])
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path) == ["report.txt"])
    #expect(reason(corpus, ".hidden.txt") == .ignored("hidden file"))
    #expect(reason(corpus, ".git") == .ignored("hidden directory"))
    #expect(!corpus.skipped.contains { $0.path.hasPrefix(".git/") })
    #expect(reason(corpus, "report.txt.swp") == .ignored("editor swap file"))
    #expect(reason(corpus, "report.swx") == .ignored("editor swap file"))
    #expect(reason(corpus, "report.txt~") == .ignored("editor backup file"))
    #expect(reason(corpus, ".#report.txt") == .ignored("editor lock file"))
    #expect(reason(corpus, "4913") == .ignored("editor temporary file"))
    #expect(reason(corpus, "scan.pdf") == .notText("not a report file (.pdf)"))
    #expect(reason(corpus, "README") == .notText("not a report file (no extension)"))
    #expect(reason(corpus, "binary.txt") == .notText("binary content (NUL bytes)"))
    #expect(!corpus.skipped.contains { $0.isFailure })
  }

  @Test func symlinksAreNotFollowed() throws {
    let outside = try TemporaryDirectory(prefix: "outside")
    try outside.write("secret.txt", "Outside the corpus.")
    let dir = try TemporaryDirectory()
    try dir.write("real.txt", "Real.")
    try dir.symlink("link.txt", to: outside.path + "/secret.txt")
    try dir.symlink("linked-dir", to: outside.path)
    try dir.symlink("loop", to: ".")
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path) == ["real.txt"])
    for path in ["link.txt", "linked-dir", "loop"] {
      #expect(reason(corpus, path) == .ignored("symbolic link, not followed"))
    }
    if case .skipped(let file, _) = loader.loadFile(root: dir.path, relativePath: "link.txt") {
      #expect(file.reason == .ignored("symbolic link, not followed"))
    } else {
      Issue.record("loadFile followed a symlink")
    }
  }

  @Test func fifoIsNeverOpened() throws {
    let dir = try TemporaryDirectory()
    try dir.write("ok.txt", "Fine.")
    #expect(mkfifo(dir.path + "/pipe.txt", 0o644) == 0)
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path) == ["ok.txt"])
    #expect(reason(corpus, "pipe.txt") == .notText("not a regular file (FIFO)"))
  }

  @Test func decodingProblemsBecomeWarningsNotFailures() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      "crlf.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("26 March 2015\r\n\r\nGao \u{E9}".utf8) + [0xFF])
    try dir.write("empty.txt", "")
    let corpus = try loader.load(root: dir.path)
    let crlf = try #require(corpus.reports.first { $0.path == "crlf.txt" })
    #expect(crlf.body == "26 March 2015\n\nGao é\u{FFFD}")
    #expect(crlf.date == Day(year: 2015, month: 3, day: 26))
    #expect(crlf.warnings.count == 1)
    let empty = try #require(corpus.reports.first { $0.path == "empty.txt" })
    #expect(empty.warnings == ["empty file"])
  }

  @Test func undatedReportFallsBackToModificationDay() throws {
    let dir = try TemporaryDirectory()
    try dir.write("undated.txt", "No date in here.")
    try dir.setModified("undated.txt", to: Date(timeIntervalSince1970: 1_700_000_000))  // 2023-11-14 UTC
    let report = try #require(try loader.load(root: dir.path).reports.first)
    #expect(report.date == Day(year: 2023, month: 11, day: 14))
    #expect(report.dateSource == .fileModified)
  }

  @Test func missingRootThrowsOneLineError() throws {
    let dir = try TemporaryDirectory()
    #expect {
      _ = try loader.load(root: dir.path + "/nope")
    } throws: { error in
      let message = (error as? CorpusError)?.description ?? ""
      return message.contains("not found") && message.contains("/nope") && !message.contains("\n")
    }
    try dir.write("file.txt", "x")
    #expect {
      _ = try loader.load(root: dir.path + "/file.txt")
    } throws: { error in
      (error as? CorpusError)?.description.contains("not a directory") == true
    }
  }

  @Test(.enabled(if: geteuid() != 0, "running as root: permissions do not stop reads"))
  func unreadableFileFails() throws {
    let dir = try TemporaryDirectory()
    try dir.write("locked.txt", "x")
    #expect(chmod(dir.path + "/locked.txt", 0) == 0)
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.skipped.first { $0.path == "locked.txt" }?.isFailure == true)
  }

  @Test func fileNameThatIsNotUTF8IsAFailure() throws {
    let dir = try TemporaryDirectory()
    try dir.write("ok.txt", "Fine.")
    let name = Array((dir.path + "/bad-").utf8) + [0xFF] + Array(".txt".utf8) + [0]
    let fd = name.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        open($0, O_CREAT | O_WRONLY, 0o644)
      }
    }
    #expect(fd >= 0)
    close(fd)
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path) == ["ok.txt"])
    #expect(corpus.skipped.contains { $0.isFailure && $0.message.contains("not valid UTF-8") })
  }

  @Test func tooLargeFileFailsWithReason() throws {
    let dir = try TemporaryDirectory()
    try dir.write("big.txt", String(repeating: "a", count: 2000))
    var small = loader
    small.maxFileBytes = 1000
    let corpus = try small.load(root: dir.path)
    #expect(corpus.reports.isEmpty)
    #expect(corpus.skipped.first?.isFailure == true)
    #expect(corpus.skipped.first?.message.contains("too large") == true)
  }

  @Test func parallelLoadEqualsSequentialLoad() throws {
    let dir = try TemporaryDirectory()
    for index in 0..<300 {
      try dir.write("d\(index % 7)/r\(index).txt", "\(index % 28 + 1) May 2023\n\nReport number \(index).")
    }
    try dir.write("d1/.swp", "x")
    var sequential = loader
    sequential.maxConcurrency = 1
    var parallel = loader
    parallel.maxConcurrency = 4
    let a = try sequential.load(root: dir.path)
    let b = try parallel.load(root: dir.path)
    #expect(a.reports.count == 300)
    #expect(a.reports == b.reports)
    #expect(a.skipped == b.skipped)
    let paths = a.reports.map(\.path)
    #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  @Test func perFileAPIGivesFingerprintsThatFollowContent() throws {
    let dir = try TemporaryDirectory()
    try dir.write("x/r.txt", "2024-02-01\n\nFirst version.")
    let first = loader.loadFile(root: dir.path, relativePath: "x/r.txt")
    let report = try #require(first.report)
    #expect(report.path == "x/r.txt")
    #expect(report.date == Day(year: 2024, month: 2, day: 1))
    let firstPrint = try #require(first.fingerprint)
    #expect(firstPrint.size == "2024-02-01\n\nFirst version.".utf8.count)
    #expect(firstPrint.contentHash != nil)

    let again = loader.loadFile(root: dir.path, relativePath: "x/r.txt")
    #expect(again.fingerprint == firstPrint)

    try dir.write("x/r.txt", "2024-02-01\n\nSecond version!")
    let changed = try #require(loader.loadFile(root: dir.path, relativePath: "x/r.txt").fingerprint)
    #expect(changed.contentHash != firstPrint.contentHash)

    let listing = try loader.listFiles(root: dir.path)
    #expect(listing.files.map(\.path) == ["x/r.txt"])
    #expect(listing.files.first?.fingerprint.sameMetadata(as: changed) == true)

    let (corpus, prints) = try loader.loadWithFingerprints(root: dir.path)
    #expect(corpus.reports.count == 1)
    #expect(prints["x/r.txt"] == changed)

    try dir.remove("x/r.txt")
    if case .skipped(let file, nil) = loader.loadFile(root: dir.path, relativePath: "x/r.txt") {
      #expect(file.isFailure)
    } else {
      Issue.record("a deleted file should be skipped as failed without fingerprint")
    }
    try dir.makeDirectory("folder.txt")
    if case .skipped(let file, _) = loader.loadFile(root: dir.path, relativePath: "folder.txt") {
      #expect(file.reason == .notText("not a regular file (directory)"))
    } else {
      Issue.record("a directory should be skipped")
    }
    try dir.write(".git/r.txt", "x")
    if case .skipped(let file, _) = loader.loadFile(root: dir.path, relativePath: ".git/r.txt") {
      #expect(file.reason == .ignored("hidden directory"))
    } else {
      Issue.record("a file in a hidden directory should be ignored")
    }
  }
}
