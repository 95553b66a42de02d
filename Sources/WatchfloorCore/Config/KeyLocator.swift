/// Finds the line of a key in TOML text, for messages about keys that parse but are wrong
/// (TOMLKit reports lines only for syntax errors).
///
/// Understands `[table]` / `[[array]]` headers, `key = …`, quoted keys and dotted keys; lines
/// inside multi-line strings and arrays are skipped well enough for config files.
struct KeyLocator {
  /// Dotted path (folded from quotes) → first line (1-based) where it is defined.
  private var lines: [String: Int] = [:]

  init(text: String) {
    var table: [String] = []
    var inMultilineString = false
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      if inMultilineString {
        if line.contains("\"\"\"") || line.contains("'''") { inMultilineString = false }
        continue
      }
      if line.hasPrefix("[") {
        let header = line.drop { $0 == "[" }.prefix { $0 != "]" }
        table = Self.splitKey(header)
        record(table, line: index + 1)
        continue
      }
      guard let equals = Self.assignment(in: line) else { continue }
      let key = Self.splitKey(line[..<equals])
      guard !key.isEmpty else { continue }
      record(table + key, line: index + 1)
      let value = line[line.index(after: equals)...]
      if value.components(of: "\"\"\"") == 1 || value.components(of: "'''") == 1 { inMultilineString = true }
    }
  }

  /// The line of `path` ("levels.high" as ["levels", "high"]), or of its nearest defined parent.
  func line(of path: [String]) -> Int? {
    var path = path
    while !path.isEmpty {
      if let line = lines[path.joined(separator: ".")] { return line }
      path.removeLast()
    }
    return nil
  }

  private mutating func record(_ path: [String], line: Int) {
    let key = path.joined(separator: ".")
    if lines[key] == nil { lines[key] = line }
  }

  /// The index of the `=` of a `key = value` line, outside quotes; nil for other lines.
  private static func assignment(in line: Substring) -> Substring.Index? {
    guard let first = line.first, first != "#" else { return nil }
    var quote: Character?
    for index in line.indices {
      let c = line[index]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "=" {
        return index
      } else if c == "#" {
        return nil
      }
    }
    return nil
  }

  /// `a."b.c" . d` → ["a", "b.c", "d"].
  private static func splitKey(_ text: Substring) -> [String] {
    var parts: [String] = []
    var current = ""
    var quote: Character?
    for c in text {
      if let q = quote {
        if c == q { quote = nil } else { current.append(c) }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "." {
        parts.append(current)
        current = ""
      } else if c != " " && c != "\t" {
        current.append(c)
      }
    }
    parts.append(current)
    return parts.filter { !$0.isEmpty }
  }
}

extension Substring {
  fileprivate func components(of separator: String) -> Int {
    split(separator: separator, omittingEmptySubsequences: false).count - 1
  }
}
