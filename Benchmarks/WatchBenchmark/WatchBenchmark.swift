import Glibc
import WatchfloorCore
import WatchfloorWatch

/// Live-reload benchmark (not a test): `swift run -c release watch-benchmark [REPORTS] [WRITES]`.
///
/// Builds a synthetic corpus of REPORTS alert files (default 10,000) in a temporary directory,
/// then measures:
/// - the time from one file write to the updated store snapshot (inotify → coalescer →
///   `CorpusStore.apply`), p50/p99 over WRITES writes (default 200), for the default 200 ms
///   quiet period and for a 20 ms one, and the processing part alone (drain + apply);
/// - resident memory before and after 3 × 1,000 single-file reloads and 10 full rescans.
@main
struct WatchBenchmark {
  static func main() throws {
    let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
    let reportCount = arguments.first ?? 10_000
    let writes = arguments.dropFirst().first ?? 200
    var template = Array("/tmp/watch-benchmark.XXXXXX".utf8CString)
    guard let created = mkdtemp(&template) else { fatalError("mkdtemp failed") }
    let root = String(cString: created)
    defer { _ = system("rm -rf '\(root)'") }

    for number in 0..<reportCount {
      let directory = "\(root)/region-\(number % 20)"
      mkdir(directory, 0o755)
      writeFile("\(directory)/alert-\(number).txt", text(number, revision: 0))
    }
    var started = now()
    var store = try CorpusStore(root: root)
    print(
      "corpus: \(store.corpus.reports.count) reports, "
        + "\(store.corpus.reports.reduce(0) { $0 + $1.incidents.count }) incidents, "
        + "cold store load \(milliseconds(now() - started)) ms")

    for quiet in [200, 20] {
      let watcher = try CorpusWatcher(
        root: root, clock: ContinuousClock(), quietPeriod: .milliseconds(quiet))
      var total: [Double] = []
      var processing: [Double] = []
      var processingCPU: [Double] = []
      for index in 0..<writes {
        let number = (index * 7919) % reportCount
        let path = "\(root)/region-\(number % 20)/alert-\(number).txt"
        let written = now()
        writeFile(path, text(number, revision: index + 1 + quiet * 1000))
        var work = 0.0
        var workCPU = 0.0
        while true {
          var descriptor = pollfd(fd: watcher.fileDescriptor!, events: Int16(POLLIN), revents: 0)
          _ = poll(&descriptor, 1, watcher.timeout()?.pollTimeoutMilliseconds ?? 1000)
          let (begin, beginCPU) = (now(), cpu())
          if descriptor.revents != 0 { watcher.handleReadable() }
          if let changes = watcher.takeDueChanges() {
            let update = try store.apply(changes)
            precondition(update.change.files.count == 1, "expected one modified report")
            work += now() - begin
            workCPU += cpu() - beginCPU
            break
          }
          work += now() - begin
          workCPU += cpu() - beginCPU
        }
        total.append(now() - written)
        processing.append(work)
        processingCPU.append(workCPU)
      }
      print(
        "quiet \(quiet) ms, \(writes) writes: write → snapshot p50 \(percentile(total, 50)) ms, "
          + "p99 \(percentile(total, 99)) ms; processing (drain + apply) p50 "
          + "\(percentile(processing, 50)) ms, p99 \(percentile(processing, 99)) ms (CPU p50 "
          + "\(percentile(processingCPU, 50)) ms, p99 \(percentile(processingCPU, 99)) ms)")
    }

    let before = residentKilobytes()
    var afterBatches: [Int] = []
    var reloadCPU = 0.0
    for batch in 0..<3 {
      let beginCPU = cpu()
      for index in 0..<1000 {
        let number = (index * 104_729) % reportCount
        let relative = "region-\(number % 20)/alert-\(number).txt"
        writeFile("\(root)/\(relative)", text(number, revision: 10_000_000 + batch * 1000 + index))
        _ = store.apply(changedPaths: [relative])
      }
      reloadCPU = cpu() - beginCPU
      afterBatches.append(residentKilobytes())
    }
    started = cpu()
    for _ in 0..<10 { _ = try store.rescan() }
    let rescanCPU = milliseconds((cpu() - started) / 10)
    let afterRescans = residentKilobytes()
    print(
      "memory: RSS \(before) kB before, after each of 3 batches of 1,000 reloads: "
        + afterBatches.map { "\($0) kB" }.joined(separator: ", ")
        + " (last batch \(milliseconds(reloadCPU)) ms CPU, write + apply); "
        + "\(afterRescans) kB after 10 full rescans (\(rescanCPU) ms CPU each)")
  }

  static func text(_ number: Int, revision: Int) -> String {
    let towns = ["Ansongo", "Douentza", "Tessalit", "Anderamboukane", "Niono", "Léré", "Kadiolo"]
    let town = towns[number % towns.count]
    let day = 1 + number % 28
    return """
      \(day) Oct 2024 | 08:15 AM UTC
      Mali: Attack near \(town), Oct. \(day)
      Armed men attack a checkpoint near \(town) on Oct. \(day); \(2 + number % 9) soldiers killed.
      Event
      Armed men on motorbikes attacked a checkpoint near \(town) on Oct. \(day), killing \
      \(2 + number % 9) soldiers, local sources said. Report \(number), revision \(revision).
      Context
      Checkpoints on the roads around \(town) have been targeted several times this year.
      Advice
      Avoid road travel near \(town) after dark.

      """
  }

  static func writeFile(_ path: String, _ text: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    precondition(descriptor >= 0, "cannot write \(path)")
    _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  static func now() -> Double { seconds(CLOCK_MONOTONIC) }

  /// CPU time of this thread: what the work cost, whatever else the machine is doing.
  static func cpu() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }

  static func seconds(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  static func milliseconds(_ seconds: Double) -> String {
    let value = (seconds * 10_000).rounded() / 10
    return String(value)
  }

  static func percentile(_ samples: [Double], _ percent: Int) -> String {
    let sorted = samples.sorted()
    let index = min(sorted.count - 1, (sorted.count * percent + 99) / 100 - 1)
    return milliseconds(sorted[max(0, index)])
  }

  /// Resident set size from /proc/self/statm (second field, in pages).
  static func residentKilobytes() -> Int {
    let descriptor = open("/proc/self/statm", O_RDONLY)
    guard descriptor >= 0 else { return -1 }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: 256)
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return -1 }
    let fields = String(decoding: buffer[..<count], as: UTF8.self).split(separator: " ")
    guard fields.count >= 2, let pages = Int(fields[1]) else { return -1 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
  }
}
