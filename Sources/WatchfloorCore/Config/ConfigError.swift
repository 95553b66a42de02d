/// Why a config file was rejected. Nothing of a rejected file is applied.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file, as given or found.
  public var file: String
  /// Every problem found, in line order.
  public var problems: [ConfigProblem]

  public init(file: String, problems: [ConfigProblem]) {
    self.file = file
    self.problems = problems
  }

  /// "config.toml: line 12: levels.high: expected a number, found a string", one line per problem.
  public var description: String {
    problems.map { "\(file): \($0)" }.joined(separator: "\n")
  }
}
