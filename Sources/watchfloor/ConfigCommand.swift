import ArgumentParser
import Foundation
import WatchfloorCore

/// `watchfloor config`: print the commented default config file, or check a config file.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Print the default config file, or check the config file in use.",
    discussion: """
      Without --print-default, reads --config FILE (or $XDG_CONFIG_HOME/watchfloor/config.toml, \
      else ~/.config/watchfloor/config.toml) and reports every problem with its line. \
      Exits 1 when the file is invalid.
      """)

  @Flag(name: .long, help: "Write the commented default config file to standard output.")
  var printDefault = false

  @Option(name: .long, help: "The config file to check.")
  var config: String?

  func run() throws {
    if printDefault {
      print(DefaultConfigText.text, terminator: "")
      return
    }
    let path = config ?? ConfigFile.defaultPath(environment: ProcessInfo.processInfo.environment)
    do {
      let loaded = try ConfigFile.load(explicitPath: config)
      let exists = path.map { FileManager.default.fileExists(atPath: $0) } ?? false
      let source = exists ? SafeText.singleLine(path ?? "") : "no config file (defaults)"
      print("\(source): OK, watching \(loaded.regions.map(\.name).joined(separator: ", "))")
    } catch {
      for problem in error.problems {
        StandardError.line("watchfloor: " + SafeText.singleLine(error.file + ": " + problem.description))
      }
      throw ExitCode(1)
    }
  }
}
