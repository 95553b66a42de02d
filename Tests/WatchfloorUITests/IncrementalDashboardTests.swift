import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// `DashboardData.updated(to:loadedAt:)` must give exactly what a full build of the new corpus
/// gives (with the old identities as the previous load), after any sequence of edits.
@Suite struct IncrementalDashboardTests {
  static let fixtures: Corpus = {
    do {
      return try CorpusLoader().load(root: FixturePaths.fixtures)
    } catch {
      fatalError("cannot load Fixtures: \(error)")
    }
  }()

  /// A full build of `corpus` with the options of `data`, as the reference.
  func fullBuild(_ corpus: Corpus, after data: DashboardData, watched: [Region], asOf: AsOfChoice)
    -> DashboardData
  {
    DashboardData(
      corpus: corpus, watched: watched, asOf: asOf, loadedAt: "t", assessor: RiskAssessor(),
      previousIncidentIDs: data.incidentIDs)
  }

  func expectUpdatesMatchFullBuilds(
    _ start: Corpus, seed: UInt64, steps: Int, watched: [Region] = DashboardData.defaultRegions,
    asOf: AsOfChoice = .newestReport, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var edits = CorpusEdits(corpus: start, seed: seed)
    var data = DashboardData(
      corpus: edits.corpus, watched: watched, asOf: asOf, loadedAt: "t", assessor: RiskAssessor())
    var lean = data  // updated with the previous reports: keeps no report list
    for number in 0..<steps {
      let previous = edits.corpus
      let edit = edits.step()
      // The ways of finding the changed reports: comparing the snapshots, the paths the store
      // lists (here with an unchanged path among them, as the store may list one), and those
      // paths with the reports that were there.
      let walked = data.updated(to: edits.corpus, loadedAt: "t")
      let full = fullBuild(edits.corpus, after: data, watched: watched, asOf: asOf)
      let paths = Self.changedPaths(from: previous, to: edits.corpus, seed: seed &+ UInt64(number))
      data.update(to: edits.corpus, loadedAt: "t", changedPaths: paths)  // in place
      var before: [String: Report] = [:]
      for report in previous.reports where paths.contains(report.path) { before[report.path] = report }
      lean.update(to: edits.corpus, loadedAt: "t", changedPaths: paths, previousReports: before)
      #expect(
        !lean.basis.holdsReports, "seed \(seed) step \(number): built in full", sourceLocation: sourceLocation
      )
      for (way, updated) in [("walk", walked), ("paths", data), ("previous reports", lean)]
      where updated != full {
        Issue.record(
          "seed \(seed) step \(number) (\(edit)), \(way): \(Self.difference(updated, full))",
          sourceLocation: sourceLocation)
        return
      }
    }
  }

  /// The paths whose report differs between two snapshots, worked out naively, plus one
  /// unchanged path (the store lists paths it looked at, not only those that changed).
  static func changedPaths(from old: Corpus, to new: Corpus, seed: UInt64) -> [String] {
    let before = Dictionary(old.reports.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(new.reports.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    var paths = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    if !new.reports.isEmpty { paths.insert(new.reports[Int(seed % UInt64(new.reports.count))].path) }
    return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func randomEditsOfTheFixtures(seed: UInt64) {
    expectUpdatesMatchFullBuilds(Self.fixtures, seed: seed, steps: 60)
  }

  @Test func randomEditsWithChildRegionsWatchedAndAFixedDay() {
    let watched = ["Mopti", "Bandiagara", "Gao", "Ménaka"].map(Region.init)
    let day = Self.fixtures.reports.compactMap(\.date).max()!
    expectUpdatesMatchFullBuilds(Self.fixtures, seed: 7, steps: 40, watched: watched, asOf: .fixed(day))
  }

  @Test func randomEditsOfALargeCorpus() {
    expectUpdatesMatchFullBuilds(SampleCorpus.large(incidents: 2_000, reports: 60), seed: 11, steps: 30)
  }

  @Test func aCustomAssessorIsAskedAgain() {
    var edits = CorpusEdits(corpus: SampleCorpus.corpus(), seed: 5)
    var data = DashboardGoldens.sampleData(corpus: edits.corpus)
    for _ in 0..<20 {
      edits.step()
      let updated = data.updated(to: edits.corpus, loadedAt: SampleCorpus.loadedAt)
      let same =
        updated
        == DashboardGoldens.sampleData(
          corpus: edits.corpus, previous: data.incidentIDs, loadedAt: SampleCorpus.loadedAt)
      #expect(same)
      data = updated
    }
  }

  @Test func nothingChangedKeepsEverythingAndMarksNothingNew() {
    let data = DashboardData(corpus: Self.fixtures, loadedAt: "t", assessor: RiskAssessor())
    var corpus = Self.fixtures
    corpus.skipped.append(SkippedFile(path: "zz/broken.txt", reason: .failed("unreadable")))
    let updated = data.updated(to: corpus, loadedAt: "u")
    #expect(updated.incidents == data.incidents && updated.panes == data.panes)
    #expect(updated.newIncidentIDs.isEmpty && updated.loadedAt == "u")
    #expect(updated.warnings.count == data.warnings.count + 1)
  }

  @Test func addedReportIsMarkedNewAndSortedIn() {
    let data = DashboardData(corpus: Self.fixtures, loadedAt: "t", assessor: RiskAssessor())
    var corpus = Self.fixtures
    let newest = corpus.reports.compactMap(\.date).max()!
    let incident = Incident(
      id: IncidentID("alerts/zz-new.txt#1"), date: IncidentDate(day: newest), region: Region("Kidal"),
      location: "Tessalit", actors: ["JNIM"], eventType: .battles, fatalities: 3,
      summary: "Clash near Tessalit.", source: "alerts/zz-new.txt", sourceText: "Clash near Tessalit.",
      span: 0..<1, isMainEvent: true)
    corpus.reports.append(
      Report(
        path: "alerts/zz-new.txt", title: "Kidal", kind: .alert, date: newest, dateSource: .header,
        sections: [], body: "", incidents: [incident]))
    corpus.reports.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    let updated = data.updated(to: corpus, loadedAt: "t")
    #expect(updated.newIncidentIDs == [incident.id])
    #expect(updated.incidents.count == data.incidents.count + 1)
    let same =
      updated == fullBuild(corpus, after: data, watched: DashboardData.defaultRegions, asOf: .newestReport)
    #expect(same)
    let kidal = updated.panes.firstIndex { $0.name == "Kidal" }!
    #expect(updated.rowsByPane[kidal].contains(updated.indexByID[incident.id]!))
  }

  @Test func reportsOutOfPathOrderFallBackToAFullBuild() {
    let data = DashboardData(corpus: Self.fixtures, loadedAt: "t", assessor: RiskAssessor())
    var corpus = Self.fixtures
    corpus.reports.reverse()
    let same =
      data.updated(to: corpus, loadedAt: "t")
      == fullBuild(corpus, after: data, watched: DashboardData.defaultRegions, asOf: .newestReport)
    #expect(same)
  }

  @Test func replaceDataWithAnUpdateMarksTheSameNewIncidents() {
    var edits = CorpusEdits(corpus: Self.fixtures, seed: 9)
    var incremental = AppState(
      data: DashboardData(corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor()))
    var full = incremental
    for _ in 0..<25 {
      edits.step()
      incremental.replaceData(incremental.data.updated(to: edits.corpus, loadedAt: "t"))
      full.replaceData(
        DashboardData(corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor()))
      #expect(incremental.unseenNewIDs == full.unseenNewIDs)
      let sameScreen =
        Renderer.render(incremental, width: 120, height: 40).text
        == Renderer.render(full, width: 120, height: 40).text
      #expect(sameScreen)
    }
  }

  @Test func reloadInPlaceKeepsTheContextAsReplaceDataDoes() {
    var edits = CorpusEdits(corpus: Self.fixtures, seed: 13)
    var inPlace = AppState(data: DashboardData(corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor()))
    _ = inPlace.handle(.character("2"))
    _ = inPlace.handle(.down)
    _ = inPlace.handle(.enter)
    var replaced = inPlace
    for step in 0..<30 {
      let previous = edits.corpus
      edits.step()
      if step == 10 {
        for key in [Key.escape, .character("a"), .character("/"), .character("a")] {
          _ = inPlace.handle(key)
          _ = replaced.handle(key)
        }
      }
      let paths = Self.changedPaths(from: previous, to: edits.corpus, seed: UInt64(step))
      inPlace.reload(to: edits.corpus, changedPaths: paths, loadedAt: "t", reloadedFiles: 1, at: "12:00:00")
      replaced.replaceData(
        DashboardData(
          corpus: edits.corpus, loadedAt: "t", assessor: RiskAssessor(),
          previousIncidentIDs: replaced.data.incidentIDs),
        reloadedFiles: 1, at: "12:00:00")
      #expect(inPlace.data == replaced.data)
      #expect(inPlace.unseenNewIDs == replaced.unseenNewIDs)
      #expect(inPlace.selectedIncident?.id == replaced.selectedIncident?.id)
      #expect(inPlace.selectedPane == replaced.selectedPane && inPlace.filter == replaced.filter)
      #expect(inPlace.statusMessage == "reloaded 1 file at 12:00:00")
      let sameScreen =
        Renderer.render(inPlace, width: 120, height: 40).text
        == Renderer.render(replaced, width: 120, height: 40).text
      #expect(sameScreen)
    }
  }

  /// The first field that differs, for a readable failure.
  static func difference(_ a: DashboardData, _ b: DashboardData) -> String {
    if a.asOf != b.asOf { return "asOf \(String(describing: a.asOf)) vs \(String(describing: b.asOf))" }
    if a.incidents.map(\.id) != b.incidents.map(\.id) {
      let first =
        zip(a.incidents, b.incidents).enumerated().first { $0.element.0.id != $0.element.1.id }?.offset
        ?? min(a.incidents.count, b.incidents.count)
      let near = { (list: [Incident]) in
        list[max(0, first - 2)..<min(list.count, first + 3)].map { "\($0.id) \($0.date?.description ?? "-")" }
      }
      return
        "incident order at \(first) of \(a.incidents.count)/\(b.incidents.count): \(near(a.incidents)) vs \(near(b.incidents))"
    }
    if a.incidents != b.incidents { return "incident values" }
    if a.paneOfIncident != b.paneOfIncident { return "paneOfIncident" }
    for (x, y) in zip(a.panes, b.panes) where x != y {
      return "pane \(x.name): \(x.assessment) vs \(y.assessment)"
    }
    if a.newIncidentIDs != b.newIncidentIDs { return "new \(a.newIncidentIDs) vs \(b.newIncidentIDs)" }
    if a.search != b.search { return "search index" }
    if a.indexByID != b.indexByID { return "indexByID" }
    if a.warnings != b.warnings { return "warnings" }
    return "other fields"
  }
}

/// The same through a real ``CorpusStore`` on disk: the snapshots the dashboard receives.
@Suite struct IncrementalDashboardStoreTests {
  static let newAlert = """
    21 Nov 2024 | 08:40 AM UTC
    Mali: Fighting near Aguelhok, Kidal region, Nov. 20
    Armed men attack an army position near Aguelhok on Nov. 20; three soldiers dead.
    Event
    Armed men attacked a Malian army (FAMa) position near Aguelhok in Kidal region on Nov. 20, \
    killing three soldiers, local sources said.
    Advice
    Avoid all travel to Kidal region.

    """

  @Test func followsAStoreOnDisk() throws {
    let directory = try TemporaryDirectory(prefix: "incremental")
    let fixtures = FixturePaths.fixtures
    for report in IncrementalDashboardTests.fixtures.reports {
      try directory.write(report.path, bytes: try Self.bytes(fixtures + "/" + report.path))
    }
    var store = try CorpusStore(root: directory.path)
    var data = DashboardData(corpus: store.corpus, loadedAt: "t", assessor: RiskAssessor())
    let paths = store.corpus.reports.map(\.path)
    let alert = try #require(paths.first { $0.hasPrefix("alerts/") })
    let brief = try #require(paths.first { $0.hasPrefix("briefs/") })
    let news = try #require(paths.first { $0.hasPrefix("news/") })
    let edits: [(String, [String])] = [
      ("add", ["alerts/alert-2024-11-21-kidal-aguelhok.txt"]),
      ("modify", [alert]),
      ("delete", [brief]),
      ("rename", [news, "news/renamed.txt"]),
      ("modify again", [alert]),
    ]
    for (edit, changed) in edits {
      switch edit {
      case "add": try directory.write(changed[0], Self.newAlert)
      case "modify":
        let text = String(decoding: try Self.bytes(fixtures + "/" + alert), as: UTF8.self)
        try directory.write(
          changed[0], text + "\nOn Nov. 10, gunmen killed two civilians near Ansongo, Gao region.\n")
      case "modify again":
        try directory.write(changed[0], Self.newAlert.replacingOccurrences(of: "three", with: "five"))
      case "delete": try FileManager.default.removeItem(atPath: directory.path + "/" + changed[0])
      default:
        try FileManager.default.moveItem(
          atPath: directory.path + "/" + changed[0], toPath: directory.path + "/" + changed[1])
      }
      let update = store.apply(changedPaths: changed)
      #expect(update.corpusChanged, "\(edit)")
      #expect(update.changedPaths == changed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
      let full = DashboardData(
        corpus: update.corpus, loadedAt: "t", assessor: RiskAssessor(), previousIncidentIDs: data.incidentIDs)
      data.update(
        to: update.corpus, loadedAt: "t", changedPaths: update.changedPaths,
        previousReports: update.previousReports)
      #expect(!data.basis.holdsReports)
      let same = data == full
      #expect(same, "\(edit): \(IncrementalDashboardTests.difference(data, full))")
    }
  }
}

extension IncrementalDashboardStoreTests {
  static func bytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CocoaError(.fileReadNoSuchFile)
    }
    return Array(data)
  }
}
