import Foundation
import Testing

@testable import WatchfloorTerminal

/// A diagnostics log that cannot be written must never stop the dashboard: it disables itself
/// with one reason and drops later messages.
@Suite("DiagnosticLog write failures")
struct DiagnosticLogFailureTests {
  /// Collects the reasons passed to `onDisabled`.
  private final class Reasons {
    var all: [String] = []
  }

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("watchfloor-log-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func diskFullDisablesTheLogOnceAndLaterMessagesAreDropped() throws {
    let log = try #require(DiagnosticLog(path: "/dev/full"))
    let reasons = Reasons()
    log.onDisabled = { reasons.all.append($0) }
    #expect(log.disabledReason == nil)
    log.log("first")
    #expect(log.disabledReason == "No space left on device")
    log.log("second")
    log.log("third")
    #expect(reasons.all == ["No space left on device"])
  }

  @Test func aLogThatCannotBeOpenedSaysWhy() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let plainFile = directory.appendingPathComponent("not-a-folder")
    try Data("x".utf8).write(to: plainFile)
    let path = plainFile.path + "/watchfloor.log"
    guard case .failure(let error) = DiagnosticLog.opening(path: path) else {
      Issue.record("opening a log below a plain file succeeded")
      return
    }
    #expect(error.description == "cannot open log \(path): Not a directory")
    #expect(DiagnosticLog(path: path) == nil)
  }

  @Test func aWorkingLogAppendsLines() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("state/watchfloor.log").path
    let log = try DiagnosticLog.opening(path: path).get()
    log.log("one")
    log.log("two\nlines")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasSuffix("Z one"))
    #expect(lines[1].hasSuffix("Z two lines"))
    #expect(log.disabledReason == nil)
  }
}
