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

  @Flag(
    name: .customLong("no-cache"),
    help: "Do not read or write the extraction cache ($XDG_CACHE_HOME/watchfloor).")
  var noCache = false

  /// The extraction cache to load with: none with `--no-cache` or when the config turns it
  /// off; else in `$WATCHFLOOR_CACHE_DIR`, `$XDG_CACHE_HOME/watchfloor` or `~/.cache/watchfloor`.
  func cache(
    configured: Bool = true, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> ExtractionCache? {
    guard !noCache, configured, let directory = ExtractionCache.defaultDirectory(environment: environment)
    else { return nil }
    return ExtractionCache(directory: directory)
  }

  /// A loader using ``cache(configured:environment:)``.
  func loader(cacheConfigured: Bool = true) -> CorpusLoader {
    CorpusLoader(cache: cache(configured: cacheConfigured))
  }

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

  /// Loads the corpus; on failure prints one line to stderr and exits with status 2. A damaged
  /// extraction cache is ignored with a warning on stderr.
  /// - Parameters:
  ///   - configured: the config file's `corpus`, if any.
  ///   - cacheConfigured: the config file's `cache`.
  func loadCorpus(configured: String? = nil, cacheConfigured: Bool = true) throws -> Corpus {
    guard let path = resolvedPath(configured: configured) else {
      StandardError.line("watchfloor: no corpus: pass --corpus DIR or set WATCHFLOOR_CORPUS")
      throw ExitCode(2)
    }
    do {
      let loader = loader(cacheConfigured: cacheConfigured)
      let corpus = try loader.load(root: path)
      if let warning = loader.cache?.lastReport?.warning {
        StandardError.line("watchfloor: warning: " + SafeText.singleLine(warning))
      }
      return corpus
    } catch {
      StandardError.line("watchfloor: " + SafeText.singleLine(error.description))
      throw ExitCode(2)
    }
  }
}
