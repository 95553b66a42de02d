internal import Foundation

/// Where the config file lives and how it is read.
///
/// `--config FILE` if given (it must exist); otherwise `$XDG_CONFIG_HOME/watchfloor/config.toml`,
/// or `~/.config/watchfloor/config.toml` when `XDG_CONFIG_HOME` is unset or empty. A missing
/// default file means all defaults; an invalid file is an error and nothing of it is applied.
public enum ConfigFile {
  /// The default location for an environment, or nil when neither XDG_CONFIG_HOME nor HOME is set.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/watchfloor/config.toml"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.config/watchfloor/config.toml"
  }

  /// Loads the config.
  /// - Parameters:
  ///   - explicitPath: `--config FILE`; it must exist.
  ///   - environment: the process environment when nil.
  public static func load(
    explicitPath: String?, environment: [String: String]? = nil
  ) throws(ConfigError) -> Config {
    let environment = environment ?? ProcessInfo.processInfo.environment
    let path: String
    if let explicitPath {
      path = explicitPath
    } else if let found = defaultPath(environment: environment) {
      path = found
      guard FileManager.default.fileExists(atPath: path) else { return .default }
    } else {
      return .default
    }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
      throw ConfigError(file: path, problems: [ConfigProblem(message: "the config file \(reason)")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ConfigError(file: path, problems: [ConfigProblem(message: "the config file is not valid UTF-8")])
    }
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return try ConfigParser().parse(text, file: path, baseDirectory: directory, home: environment["HOME"])
  }
}
