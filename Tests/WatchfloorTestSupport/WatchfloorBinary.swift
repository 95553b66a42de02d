internal import Foundation

/// Finds the built `watchfloor` executable and runs it as a subprocess.
public enum WatchfloorBinary {
  /// What a run produced.
  public struct Run: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// True when the process ended by a signal rather than exiting.
    public var signalled: Bool
  }

  /// Path of the executable: next to the test bundle, else in `.build/debug` above it or
  /// in the repository. Nil when it has not been built.
  public static let path: String? = {
    var candidates: [URL] = []
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    candidates.append(directory.appendingPathComponent("watchfloor"))
    for _ in 0..<6 {
      candidates.append(directory.appendingPathComponent(".build/debug/watchfloor"))
      directory.deleteLastPathComponent()
    }
    candidates.append(URL(fileURLWithPath: FixturePaths.repositoryRoot + "/.build/debug/watchfloor"))
    return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// Runs `watchfloor` with `arguments`.
  /// - Parameters:
  ///   - environment: replaces the inherited environment's values for these keys; a nil value
  ///     removes the key. `WATCHFLOOR_CACHE_DIR` is ``TestCacheDirectory/path`` unless given.
  ///   - currentDirectory: the working directory, default the current one.
  public static func run(
    _ arguments: [String], environment: [String: String?] = [:], currentDirectory: String? = nil
  ) throws -> Run {
    guard let path else { throw CocoaError(.fileNoSuchFile) }
    return try runProcess(path, arguments, environment: environment, currentDirectory: currentDirectory)
  }

  /// Runs `bash -c script` (for pipelines such as `watchfloor … | head -1`).
  public static func shell(_ script: String, environment: [String: String?] = [:]) throws -> Run {
    try runProcess("/bin/bash", ["-c", script], environment: environment, currentDirectory: nil)
  }

  private static func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String?],
    currentDirectory: String?
  ) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["WATCHFLOOR_CACHE_DIR"] = TestCacheDirectory.path
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes to the end before waiting, so a full pipe cannot block the child.
    let errorData = ReadBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorData.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Run(
      status: process.terminationStatus,
      stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorData.data, as: UTF8.self),
      signalled: process.terminationReason == .uncaughtSignal)
  }
}

/// Data filled by one background reader and read after `DispatchGroup.wait()`.
private final class ReadBox: @unchecked Sendable {
  var data = Data()
}
