/// One thing wrong with a config file, located as precisely as possible.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible {
  /// 1-based line, when known.
  public var line: Int?
  /// 1-based column, when known (syntax errors).
  public var column: Int?
  /// Dotted key path ("levels.high"), when the problem is about a key.
  public var key: String?
  public var message: String

  public init(line: Int? = nil, column: Int? = nil, key: String? = nil, message: String) {
    self.line = line
    self.column = column
    self.key = key
    self.message = message
  }

  /// "line 12: levels.high: expected a number, found a string".
  public var description: String {
    var parts: [String] = []
    if let line { parts.append(column.map { "line \(line), column \($0)" } ?? "line \(line)") }
    if let key { parts.append(key) }
    parts.append(message)
    return parts.joined(separator: ": ")
  }
}
