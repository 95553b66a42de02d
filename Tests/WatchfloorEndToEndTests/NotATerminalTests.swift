import Foundation
import Testing
import WatchfloorTestSupport

/// Without a terminal the dashboard explains itself and exits 2, writing nothing to stdout.
struct NotATerminalTests {
  @Test func stdinAndStdoutNotTerminalsExitTwoWithAHint() throws {
    let binary = try #require(TmuxSession.watchfloorExecutable, "watchfloor is not built")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["--corpus", FixturePaths.fixtures]
    process.standardInput = FileHandle.nullDevice
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(outputData.isEmpty)
    #expect(
      String(decoding: errorData, as: UTF8.self)
        == "watchfloor: not a terminal; try `watchfloor summary`\n")
  }
}
