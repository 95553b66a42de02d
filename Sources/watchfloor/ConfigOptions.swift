import ArgumentParser
import WatchfloorCore

/// `--config FILE`, shared by the commands that use the config file.
struct ConfigOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "Config file (default: $XDG_CONFIG_HOME/watchfloor/config.toml, else ~/.config/watchfloor/config.toml).",
    completion: .file(extensions: ["toml"]))
  var config: String?

  /// Loads the config; when it is invalid prints every problem to stderr and exits with status 2,
  /// so nothing runs on a half-read config.
  func loadConfig() throws -> Config {
    do {
      return try ConfigFile.load(explicitPath: config)
    } catch {
      for problem in error.problems {
        StandardError.line("watchfloor: " + SafeText.singleLine(error.file + ": " + problem.description))
      }
      throw ExitCode(2)
    }
  }
}
