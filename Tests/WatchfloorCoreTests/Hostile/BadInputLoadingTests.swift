import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Broken and hostile files in one corpus: each is loaded with a warning or skipped with a reason
/// that names it, and the good reports beside them still load.
@Suite struct BadInputLoadingTests {
  let loader = CorpusLoader()
  static let good =
    "Date: 3 March 2024\n\nGunmen attacked a market in Ménaka on 2 March, killing four civilians.\n"

  func report(_ corpus: Corpus, _ path: String) -> Report? { corpus.reports.first { $0.path == path } }
  func skipped(_ corpus: Corpus, _ path: String) -> SkippedFile? { corpus.skipped.first { $0.path == path } }

  @Test func mixedHostileCorpusLoadsTheGoodReportsAndAccountsForEveryFile() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    try dir.write("good.txt", Self.good)
    try dir.write(
      "invalid-utf8.txt", bytes: Array("Kidal ".utf8) + [0xC3, 0x28, 0xE2, 0x82] + Array(" ok ✓".utf8))
    try dir.write(
      "latin1.txt",
      bytes: Array("S".utf8) + [0xE9] + Array("gou: r".utf8) + [0xE9, 0x75] + Array("nion".utf8))
    try dir.write(
      "utf16.txt",
      bytes: [0xFF, 0xFE] + Array("Gao\r\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try dir.write("binary.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
    try dir.write("empty.txt", bytes: [])
    try dir.symlink("loop-a.txt", to: "loop-b.txt")
    try dir.symlink("loop-b.txt", to: "loop-a.txt")
    try dir.symlink("outside.txt", to: "/etc/hostname")
    try dir.symlink("zero.txt", to: "/dev/zero")
    try dir.symlink("up", to: "..")
    #expect(mkfifo(dir.path + "/pipe.txt", 0o644) == 0)
    let corpus = try loader.load(root: dir.path)

    #expect(
      Set(corpus.reports.map(\.path)) == [
        "good.txt", "invalid-utf8.txt", "latin1.txt", "utf16.txt", "empty.txt",
      ])
    let accounted = Set(corpus.reports.map(\.path) + corpus.skipped.map(\.path))
    let onDisk = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
    #expect(accounted == onDisk)
    #expect(report(corpus, "good.txt")?.incidents.isEmpty == false)
    #expect(report(corpus, "invalid-utf8.txt")?.warnings.contains { $0.contains("invalid UTF-8") } == true)
    #expect(report(corpus, "latin1.txt")?.warnings.contains { $0.contains("decoded as Latin-1") } == true)
    #expect(report(corpus, "utf16.txt")?.warnings.contains { $0.contains("UTF-16") } == true)
    #expect(report(corpus, "empty.txt")?.warnings == ["empty file"])
    #expect(skipped(corpus, "binary.txt")?.message.contains("binary") == true)
    for link in ["loop-a.txt", "loop-b.txt", "outside.txt", "zero.txt", "up"] {
      #expect(skipped(corpus, link)?.message == "symbolic link, not followed", "\(link)")
    }
    #expect(skipped(corpus, "pipe.txt")?.message.contains("FIFO") == true)
  }

  @Test func latin1TextIsDecodedAsWindows1252NotReplaced() {
    // "Tombouctou : réunion à Léré" in Windows-1252, with a curly apostrophe (0x92) and € (0x80).
    let bytes: [UInt8] =
      Array("Tombouctou : r".utf8) + [0xE9] + Array("union ".utf8) + [0xE0] + Array(" L".utf8) + [
        0xE9, 0x72, 0xE9,
      ]
      + Array(" l".utf8) + [0x92] + Array("aide 5 ".utf8) + [0x80]
    let decoded = ReportTextDecoder.decode(bytes)
    #expect(decoded.text == "Tombouctou : réunion à Léré l’aide 5 €")
    #expect(decoded.warnings.count == 1)
    #expect(decoded.warnings.first?.hasPrefix("decoded as Latin-1") == true)
  }

  @Test func mixedUTF8AndStrayBytesStayUTF8WithReplacement() {
    // Real UTF-8 accents next to a stray byte: not Latin-1, so the valid text must survive.
    let bytes: [UInt8] = Array("Ségou ".utf8) + [0xFF] + Array(" Mopti".utf8)
    let decoded = ReportTextDecoder.decode(bytes)
    #expect(decoded.text == "Ségou \u{FFFD} Mopti")
    #expect(decoded.warnings.first?.contains("invalid UTF-8") == true)
  }

  @Test func mostlyHighBytesAreNotTakenForLatin1() {
    let noise: [UInt8] = (0..<64).map { UInt8(0xA0 + $0 % 0x5F) }
    let decoded = ReportTextDecoder.decode(noise)
    #expect(decoded.warnings.first?.contains("invalid UTF-8") == true)
  }

  @Test func undefinedWindows1252BytesAreNotTakenForLatin1() {
    let bytes: [UInt8] = Array("Gao ".utf8) + [0x81] + Array(" report text here".utf8)
    #expect(ReportTextDecoder.decode(bytes).warnings.first?.contains("invalid UTF-8") == true)
  }

  @Test func fiftyMegabyteFileIsSkippedByItsSizeWithTheLimitInTheReason() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    try dir.write("good.txt", Self.good)
    // A sparse 50 MB file: cheap to create, and the loader must decide from its size alone.
    let big = try dir.write("big.txt", bytes: Array("Gao\n".utf8))
    #expect(truncate(big.path, 50 << 20) == 0)
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path) == ["good.txt"])
    let message = try #require(skipped(corpus, "big.txt")).message
    #expect(message == "too large: 52428800 bytes, the limit is 33554432 bytes")
    var small = loader
    small.maxFileBytes = 10
    let capped = try small.load(root: dir.path)
    #expect(capped.reports.isEmpty)
    #expect(skipped(capped, "good.txt")?.message.contains("the limit is 10 bytes") == true)
  }

  @Test func oneMegabyteLineLoads() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    let sentence = "Gunmen attacked a convoy near Gao and killed three soldiers, "
    let line = String(repeating: sentence, count: (1 << 20) / sentence.utf8.count)
    try dir.write("long.txt", "Date: 3 March 2024\n\n" + line + "\n")
    let corpus = try loader.load(root: dir.path)
    let report = try #require(corpus.reports.first)
    #expect(report.body.utf8.count > 1_000_000)
    #expect(report.title.count <= 161)
  }

  @Test func twoHundredLevelsOfNestingLoad() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    let deep = Array(repeating: "d", count: 200).joined(separator: "/")
    try dir.write(deep + "/deep.txt", Self.good)
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path) == [deep + "/deep.txt"])
  }

  @Test func pathsLongerThanPathMaxAreReportedNotFatal() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    try dir.write("good.txt", Self.good)
    // 300 levels of 20-character names: about 6,300 bytes, beyond PATH_MAX (4096). Built with
    // mkdirat/openat because a single path that long cannot be created.
    let name = String(repeating: "n", count: 20)
    var fd = open(dir.path, O_RDONLY | O_DIRECTORY)
    #expect(fd >= 0)
    for _ in 0..<300 {
      #expect(mkdirat(fd, name, 0o755) == 0)
      let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
      close(fd)
      fd = next
    }
    let file = openat(fd, "buried.txt", O_WRONLY | O_CREAT, 0o644)
    #expect(file >= 0)
    close(file)
    close(fd)
    let corpus = try loader.load(root: dir.path)
    #expect(corpus.reports.map(\.path).contains("good.txt"))
    let accountedDeep = (corpus.reports.map(\.path) + corpus.skipped.map(\.path)).filter {
      $0.hasPrefix(name)
    }
    #expect(!accountedDeep.isEmpty)
    for file in corpus.skipped where file.path.hasPrefix(name) {
      #expect(file.isFailure)
      #expect(file.message.contains("too long"))
    }
  }

  @Test func fifoGivenDirectlyToTheWatcherAPIIsNotOpenedForABlockingRead() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    #expect(mkfifo(dir.path + "/pipe.txt", 0o644) == 0)
    // No writer ever opens the FIFO: a blocking open or read would hang this test.
    let outcome = loader.loadFile(root: dir.path, relativePath: "pipe.txt")
    guard case .skipped(let file, _) = outcome else {
      Issue.record("a FIFO must be skipped")
      return
    }
    #expect(file.message.contains("FIFO"))
  }

  @Test func fileThatVanishesBetweenListingAndReadingIsAFailureNamingIt() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    try dir.write("gone.txt", Self.good)
    let listing = try loader.listFiles(root: dir.path)
    #expect(listing.files.map(\.path) == ["gone.txt"])
    try dir.remove("gone.txt")
    guard case .skipped(let file, let fingerprint) = loader.loadFile(root: dir.path, relativePath: "gone.txt")
    else {
      Issue.record("a vanished file must be skipped")
      return
    }
    #expect(file.path == "gone.txt")
    #expect(file.message.contains("No such file"))
    #expect(fingerprint == nil)
  }

  @Test func reportsWithoutDateOrRegionAreKept() throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    try dir.write("undated.txt", "Gunmen killed three villagers and burned granaries overnight.\n")
    try dir.setModified("undated.txt", to: Date(timeIntervalSince1970: 1_700_000_000))
    let corpus = try loader.load(root: dir.path)
    let report = try #require(corpus.reports.first)
    #expect(report.dateSource == .fileModified)
    #expect(report.date == Day(year: 2023, month: 11, day: 14))
    for incident in report.incidents { #expect(incident.region == nil) }
  }

  @Test(arguments: [
    "Date: 31 February 2024", "Date: 12 March 3022", "30 Feb 2023 | 10:00 AM UTC", "2024-13-01",
  ])
  func impossibleReportDatesAreRejectedAndTheReportKept(_ line: String) throws {
    let dir = try TemporaryDirectory(prefix: "hostile")
    try dir.write("bad-date.txt", line + "\n\nGunmen attacked a market in Gao, killing four civilians.\n")
    try dir.setModified("bad-date.txt", to: Date(timeIntervalSince1970: 1_700_000_000))
    let corpus = try loader.load(root: dir.path)
    let report = try #require(corpus.reports.first)
    #expect(report.dateSource == .fileModified)
    #expect(report.date == Day(year: 2023, month: 11, day: 14))
    for incident in report.incidents { #expect((incident.date?.day.year ?? 2023) < 2100) }
  }

  @Test func impossibleDatesInTheTextAreNotIncidentDates() throws {
    let text =
      "Date: 3 March 2024\n\nGunmen attacked a market in Gao on 31 February 3022, killing four civilians.\n"
    let report = ReportParser().parse(path: "x.txt", text: text, fileModified: nil)
    for incident in IncidentExtractor().extract(from: report) {
      #expect(incident.date?.day.year != 3022)
    }
  }
}
