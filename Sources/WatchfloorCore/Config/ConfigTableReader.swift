internal import TOMLKit

/// Reads typed values out of a parsed TOML document, collecting problems with their lines.
struct ConfigTableReader {
  let root: TOMLTable
  let locator: KeyLocator
  private(set) var problems: [ConfigProblem] = []

  init(root: TOMLTable, locator: KeyLocator) {
    self.root = root
    self.locator = locator
  }

  mutating func problem(_ path: [String], _ message: String) {
    problems.append(
      ConfigProblem(line: locator.line(of: path), key: path.joined(separator: "."), message: message))
  }

  /// Reports unknown keys and values of the wrong kind in the table at `path`.
  mutating func checkKeys(_ path: [String], schema: [String: ConfigSchema.Kind]) {
    guard let table = self.table(at: path) else { return }
    for key in table.keys.sorted() {
      guard let value = table[key] else { continue }
      guard let kind = schema[key] else {
        let hint =
          ConfigSchema.suggestion(for: key, among: schema.keys).map { " (did you mean \"\($0)\"?)" } ?? ""
        let place = path.isEmpty ? "" : " in [\(path.joined(separator: "."))]"
        problem(path + [key], "unknown key\(place)\(hint)")
        continue
      }
      if !Self.matches(value, kind) {
        problem(path + [key], "expected \(kind.phrase), found \(Self.describe(value))")
      }
    }
  }

  func string(_ path: [String]) -> String? {
    guard let value = value(at: path), Self.matches(value, .string) else { return nil }
    return value.string
  }

  func boolean(_ path: [String]) -> Bool? {
    guard let value = value(at: path), Self.matches(value, .boolean) else { return nil }
    return value.bool
  }

  func strings(_ path: [String]) -> [String]? {
    guard let value = value(at: path), Self.matches(value, .stringArray), let array = value.array else {
      return nil
    }
    return array.compactMap { $0.string }
  }

  /// A number (integer or float) at `path`, reporting it when below `atLeast`.
  mutating func number(_ path: [String], atLeast minimum: Double, exclusive: Bool = false) -> Double? {
    guard let value = value(at: path), Self.matches(value, .number) else { return nil }
    let number = value.double ?? Double(value.int ?? 0)
    guard number.isFinite, exclusive ? number > minimum : number >= minimum else {
      problem(
        path,
        "must be \(exclusive ? "greater than" : "at least") \(decimal(minimum)), found \(decimal(number))")
      return nil
    }
    return number
  }

  mutating func integer(_ path: [String], in range: ClosedRange<Int>) -> Int? {
    guard let value = value(at: path), Self.matches(value, .integer), let number = value.int else {
      return nil
    }
    guard range.contains(number) else {
      problem(path, "must be between \(range.lowerBound) and \(range.upperBound), found \(number)")
      return nil
    }
    return number
  }

  private func table(at path: [String]) -> TOMLTable? {
    var table = root
    for key in path {
      guard let next = table[key]?.table else { return nil }
      table = next
    }
    return table
  }

  private func value(at path: [String]) -> (any TOMLValueConvertible)? {
    guard let last = path.last else { return nil }
    return table(at: Array(path.dropLast()))?[last]
  }

  private static func matches(_ value: any TOMLValueConvertible, _ kind: ConfigSchema.Kind) -> Bool {
    switch kind {
    case .string: return value.type == .string
    case .number: return value.type == .int || value.type == .double
    case .integer: return value.type == .int
    case .table: return value.type == .table
    case .boolean: return value.type == .bool
    case .stringArray:
      guard let array = value.array else { return false }
      return array.allSatisfy { $0.type == .string }
    }
  }

  private static func describe(_ value: any TOMLValueConvertible) -> String {
    switch value.type {
    case .string: return "a string"
    case .int: return "an integer"
    case .double: return "a floating-point number"
    case .bool: return "a boolean"
    case .array: return "an array" + (value.array?.isEmpty == false ? " of other values" : "")
    case .table: return "a table"
    default: return "a date or time"
    }
  }
}
