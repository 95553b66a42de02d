import ArgumentParser
internal import Foundation
import WatchfloorCore

/// `--corpus DIR`, shared by every subcommand that reads reports.
///
/// Without `--corpus`, the `WATCHFLOOR_CORPUS` environment variable is used, else the config
/// file's `corpus` (when the command passes it), else `./Fixtures` when it exists in the current
/// directory.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .long, help: "Corpus directory (default: $WATCHFLOOR_CORPUS, else ./Fixtures).",
    completion: .directory)
  var corpus: String?

  /// The corpus directory to read, or nil when none was given and no default applies.
  func resolvedPath(
    environment: [String: String] = ProcessInfo.processInfo.environment, configured: String? = nil
  ) -> String? {
    if let corpus { return corpus }
    if let fromEnvironment = environment["WATCHFLOOR_CORPUS"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    if let configured { return configured }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: "Fixtures", isDirectory: &isDirectory), isDirectory.boolValue {
      return "Fixtures"
    }
    return nil
  }

  /// Loads the corpus; on failure prints one line to stderr and exits with status 2.
  /// - Parameter configured: the config file's `corpus`, if any.
  func loadCorpus(configured: String? = nil) throws -> Corpus {
    guard let path = resolvedPath(configured: configured) else {
      StandardError.line("watchfloor: no corpus: pass --corpus DIR or set WATCHFLOOR_CORPUS")
      throw ExitCode(2)
    }
    do {
      return try CorpusLoader().load(root: path)
    } catch {
      StandardError.line("watchfloor: " + SafeText.singleLine(error.description))
      throw ExitCode(2)
    }
  }
}
