import Foundation
import Testing
import WatchfloorCore
import WatchfloorTestSupport

@testable import WatchfloorUI

/// Keypress-to-frame cost at 100,000 incidents and 200x60. Runs only with
/// `WATCHFLOOR_BENCH=1` (e.g. `WATCHFLOOR_BENCH=1 swift test -c release --filter UIBenchmarks`);
/// it prints figures and asserts only correctness, never time.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["WATCHFLOOR_BENCH"] == "1"))
struct UIBenchmarks {
  /// CPU time of this thread, so other processes on a busy machine do not count.
  static func milliseconds(_ body: () -> Void) -> Double {
    func now() -> Double {
      var spec = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
      return Double(spec.tv_sec) * 1_000 + Double(spec.tv_nsec) / 1_000_000
    }
    let start = now()
    body()
    return now() - start
  }

  @Test func keypressToFrameAt100kIncidents() {
    let corpus = SampleCorpus.large(incidents: 100_000)
    var data: DashboardData?
    let buildTime = Self.milliseconds {
      data = DashboardData(corpus: corpus, loadedAt: "00:00:00", assess: SampleCorpus.assess)
    }
    let trivial = Self.milliseconds {
      _ = DashboardData(
        corpus: corpus, loadedAt: "00:00:00",
        assess: { region, _, _, _ in DashboardData.emptyAssessment(region) })
    }
    print("UIBenchmarks: build DashboardData with a trivial assessor: \(String(format: "%.1f", trivial)) ms")
    var state = AppState(data: data!)
    state.setScreenSize(width: 200, height: 60)
    let renderOnly = Self.milliseconds {
      for _ in 0..<10 { _ = Renderer.render(state, width: 200, height: 60) }
    }
    var copy = state
    let handleOnly = Self.milliseconds {
      for _ in 0..<10 { _ = copy.handle(.down) }
    }
    let emptyGrid = Self.milliseconds {
      for _ in 0..<10 { _ = ScreenGrid(width: 200, height: 60) }
    }
    let small = DashboardGoldens.sampleState()
    let smallRender = Self.milliseconds {
      for _ in 0..<10 { _ = Renderer.render(small, width: 200, height: 60) }
    }
    var grid = ScreenGrid(width: 200, height: 60)
    let fills = Self.milliseconds {
      for _ in 0..<10 { for row in 0..<60 { grid.fill(row: row, column: 0, count: 200) } }
    }
    let writes = Self.milliseconds {
      for _ in 0..<10 {
        for row in 0..<60 { grid.write(String(repeating: "abcdefghij", count: 20), row: row, column: 0) }
      }
    }
    print(
      "UIBenchmarks: sample render \(smallRender / 10) ms, fill \(fills / 10) ms, write \(writes / 10) ms")
    print(
      "UIBenchmarks: render only \(renderOnly / 10) ms, handle only \(handleOnly / 10) ms, empty grid \(emptyGrid / 10) ms"
    )
    let keys: [Key] =
      [.down, .down, .pageDown, .character("2"), .down, .enter, .escape, .character("a"), .end, .home]
      + "/sevare".map { Key.character($0) } + [.backspace, .backspace, .enter, .down, .escape]
    var times: [(String, Double)] = []
    for key in keys {
      let ms = Self.milliseconds {
        _ = state.handle(key)
        _ = Renderer.render(state, width: 200, height: 60)
      }
      times.append(("\(key)", ms))
    }
    let filterTimes = times.filter { $0.0.hasPrefix("character(\"") && $0.0.count == 14 }.map(\.1).sorted()
    print(
      "UIBenchmarks: filter keystrokes (\(filterTimes.count)) median \(String(format: "%.2f", filterTimes[filterTimes.count / 2])) ms, "
        + "max \(String(format: "%.2f", filterTimes.last ?? 0)) ms")
    let sorted = times.map(\.1).sorted()
    print("UIBenchmarks: build DashboardData for 100k incidents: \(String(format: "%.1f", buildTime)) ms")
    for (key, ms) in times { print("UIBenchmarks: key \(key): \(String(format: "%.2f", ms)) ms") }
    print(
      "UIBenchmarks: keypress+render p50 \(String(format: "%.2f", sorted[sorted.count / 2])) ms, "
        + "max \(String(format: "%.2f", sorted.last!)) ms")
    #expect(state.visibleIncidentCount == 100_000)
  }

  /// One report changes in a 100,000-incident corpus: the dashboard's update, state swap and
  /// frame (the CPU time of this thread; the store's re-read of the file is not included).
  @Test func reloadAt100kIncidents() {
    let corpus = SampleCorpus.large(incidents: 100_000, reports: 10_000)
    var state = AppState(data: DashboardData(corpus: corpus, loadedAt: "00:00:00", assessor: RiskAssessor()))
    state.setScreenSize(width: 200, height: 60)
    var times: [Double] = []
    var current = corpus
    for round in 0..<21 {
      var next = current
      let index = (round * 487) % next.reports.count
      var report = next.reports[index]
      if round % 2 == 0, var incident = report.incidents.first {
        incident.id = IncidentID("bench-\(round)")
        report.incidents.append(incident)
      } else if !report.incidents.isEmpty {
        report.incidents.removeLast()
      }
      next.reports[index] = report
      let ms = Self.milliseconds {
        state.replaceData(
          state.data.updated(to: next, loadedAt: "00:00:01"), reloadedFiles: 1, at: "00:00:01")
        _ = Renderer.render(state, width: 200, height: 60)
      }
      if round > 0 { times.append(ms) }
      current = next
    }
    let sorted = times.sorted()
    print(
      "UIBenchmarks: reload (update + replaceData + render) at 100k incidents: median "
        + "\(String(format: "%.2f", sorted[sorted.count / 2])) ms, max \(String(format: "%.2f", sorted.last!)) ms"
    )
    #expect(state.data.incidentCount == current.reports.reduce(0) { $0 + $1.incidents.count })
  }
}
