internal import Foundation

/// Reads the tab-separated resource files bundled with WatchfloorCore.
enum ResourceText {
  /// The text of `name.ext` in the module bundle, or "" when it is missing.
  static func load(_ name: String, _ ext: String = "tsv") -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return "" }
    return text
  }

  /// Rows of a TSV text: `#` comments, blank lines and a header whose first cell is `header`
  /// are skipped; cells are split on tabs.
  static func rows(_ text: String, header: String) -> [[String]] {
    var rows: [[String]] = []
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard let first = cells.first, !first.isEmpty, first != header else { continue }
      rows.append(cells)
    }
    return rows
  }
}

extension ResourceText {
  /// Every `*.tsv` in the module bundle, sorted by name, with its bytes: what
  /// ``ExtractorIdentity`` digests (the same files ``load(_:_:)`` reads).
  static func digestText() -> String {
    let paths = Bundle.module.paths(forResourcesOfType: "tsv", inDirectory: nil).sorted()
    var parts: [String] = []
    for path in paths {
      let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<unreadable>"
      let name = path.split(separator: "/").last.map(String.init) ?? path
      parts.append(name + "\t" + String(text.utf8.count) + "\n" + text)
    }
    return parts.joined(separator: "\n")
  }
}
