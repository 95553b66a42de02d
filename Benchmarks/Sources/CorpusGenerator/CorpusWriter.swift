internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// What a generation run wrote.
public struct GenerationSummary: Sendable, CustomStringConvertible {
  public var files = 0
  public var bytes = 0
  public var incidents = 0
  public var smallestFile = Int.max
  public var largestFile = 0
  public var byFormat: [GeneratedReportFormat: Int] = [:]
  public var seconds = 0.0

  public init() {}

  mutating func add(_ report: GeneratedReport) {
    let size = report.text.utf8.count
    files += 1
    bytes += size
    incidents += report.incidents.count
    smallestFile = min(smallestFile, size)
    largestFile = max(largestFile, size)
    byFormat[report.format, default: 0] += 1
  }

  mutating func merge(_ other: GenerationSummary) {
    files += other.files
    bytes += other.bytes
    incidents += other.incidents
    smallestFile = min(smallestFile, other.smallestFile)
    largestFile = max(largestFile, other.largestFile)
    for (format, count) in other.byFormat { byFormat[format, default: 0] += count }
  }

  public var description: String {
    let formats = GeneratedReportFormat.allCases.map { "\($0.rawValue) \(byFormat[$0] ?? 0)" }
    let megabytes = Double(bytes) / 1_048_576
    return "\(files) reports, \(incidents) incidents, "
      + "\(String(format: "%.1f", megabytes)) MiB (files \(smallestFile)–\(largestFile) bytes; "
      + "\(formats.joined(separator: ", "))) in \(String(format: "%.2f", seconds)) s"
  }
}

/// Why a corpus could not be written.
public struct GenerationError: Error, CustomStringConvertible, Sendable {
  public var description: String
}

extension CorpusGenerator {
  /// Writes reports `0..<count` under `directory` (created if needed), using all cores.
  public func write(count: Int, to directory: String) throws(GenerationError) -> GenerationSummary {
    let started = Date()
    let chunks = max(1, min(count, ProcessInfo.processInfo.activeProcessorCount * 8))
    let results = ChunkResults(count: chunks)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var summary = GenerationSummary()
      var madeDirectories = Set<String>()
      let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
      for index in range {
        let report = report(at: index)
        let path = directory + "/" + report.path
        let folder = String(path[..<path.lastIndex(of: "/")!])
        if madeDirectories.insert(folder).inserted {
          do {
            try FileManager.default.createDirectory(
              atPath: folder, withIntermediateDirectories: true)
          } catch {
            results.fail(chunk, "cannot create \(folder): \(error)")
            return
          }
        }
        guard Self.writeFile(path, report.text) else {
          results.fail(chunk, "cannot write \(path): errno \(errno)")
          return
        }
        summary.add(report)
      }
      results.set(chunk, summary)
    }
    var total = GenerationSummary()
    for result in results.values {
      switch result {
      case .success(let summary): total.merge(summary)
      case .failure(let error): throw error
      }
    }
    total.seconds = Date().timeIntervalSince(started)
    return total
  }

  private static func writeFile(_ path: String, _ text: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var text = text
    return text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = posixWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if written <= 0 { return false }
        offset += written
      }
      return true
    }
  }
}

/// `write(2)`, named so that it is not shadowed by ``CorpusGenerator/write(count:to:)``.
private func posixWrite(_ fd: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  write(fd, bytes, count)
}

/// Per-chunk results of a parallel run, filled from several threads.
private final class ChunkResults: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<GenerationSummary, GenerationError>]

  init(count: Int) {
    results = Array(repeating: .success(GenerationSummary()), count: count)
  }

  func set(_ chunk: Int, _ summary: GenerationSummary) {
    lock.withLock { results[chunk] = .success(summary) }
  }

  func fail(_ chunk: Int, _ message: String) {
    lock.withLock { results[chunk] = .failure(GenerationError(description: message)) }
  }

  var values: [Result<GenerationSummary, GenerationError>] { lock.withLock { results } }
}
