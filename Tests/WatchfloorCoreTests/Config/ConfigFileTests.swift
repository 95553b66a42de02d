import Foundation
import Testing
import WatchfloorCore

@Suite struct ConfigFileTests {
  @Test func xdgThenHome() {
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/watchfloor/config.toml")
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"])
        == "/h/.config/watchfloor/config.toml")
    #expect(ConfigFile.defaultPath(environment: [:]) == nil)
  }

  @Test func missingDefaultFileMeansDefaults() throws {
    let dir = try temporaryDirectory()
    #expect(try ConfigFile.load(explicitPath: nil, environment: ["XDG_CONFIG_HOME": dir]) == .default)
  }

  @Test func missingExplicitFileIsAnError() throws {
    let dir = try temporaryDirectory()
    #expect(throws: ConfigError.self) {
      try ConfigFile.load(explicitPath: dir + "/nope.toml", environment: [:])
    }
  }

  @Test func defaultLocationIsReadWithCorpusRelativeToIt() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(atPath: dir + "/watchfloor", withIntermediateDirectories: true)
    try "corpus = \"reports\"\nregions = [\"Gao\"]\n".write(
      toFile: dir + "/watchfloor/config.toml", atomically: true, encoding: .utf8)
    let config = try ConfigFile.load(explicitPath: nil, environment: ["XDG_CONFIG_HOME": dir])
    #expect(config.corpus == dir + "/watchfloor/reports")
    #expect(config.regions == [Region("Gao")])
  }

  @Test func invalidFileNamesThePathInTheError() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/bad.toml"
    try "[levels]\nlow = true\n".write(toFile: path, atomically: true, encoding: .utf8)
    do {
      _ = try ConfigFile.load(explicitPath: path, environment: [:])
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "\(path): line 2: levels.low: expected a number, found a boolean")
    }
  }

  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "watchfloor-config-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
