import WatchfloorCore

/// The `check` output: one line per file (loaded, skipped or failed), sorted by path, and a total.
struct CheckListing {
  var corpus: Corpus

  var failureCount: Int { corpus.skipped.filter(\.isFailure).count }

  func render() -> [String] {
    var entries: [(path: String, line: String)] = []
    for report in corpus.reports {
      var parts = [report.kind.rawValue, dateText(report)]
      let count = report.incidents.count
      parts.append("\(count) incident" + (count == 1 ? "" : "s"))
      if !report.warnings.isEmpty { parts.append("warnings: " + report.warnings.joined(separator: "; ")) }
      entries.append((report.path, "ok    " + report.path + "  " + parts.joined(separator: ", ")))
    }
    for file in corpus.skipped {
      let tag: String
      switch file.reason {
      case .failed: tag = "FAIL  "
      case .ignored: tag = "skip  "
      case .notText: tag = "skip  "
      }
      entries.append((file.path, tag + file.path + "  " + file.message))
    }
    entries.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    var lines = entries.map { SafeText.singleLine($0.line) }
    let skipped = corpus.skipped.count - failureCount
    lines.append(
      "\(corpus.reports.count + corpus.skipped.count) files: \(corpus.reports.count) reports, "
        + "\(skipped) skipped, \(failureCount) failed")
    return lines
  }

  private func dateText(_ report: Report) -> String {
    guard let date = report.date else { return "undated" }
    switch report.dateSource {
    case .header: return "\(date) (header)"
    case .dateLine: return "\(date) (date line)"
    case .dateField: return "\(date) (Date: line)"
    case .frontMatter: return "\(date) (front matter)"
    case .dateline: return "\(date) (dateline)"
    case .fileModified, nil: return "\(date) (file modified, inferred)"
    }
  }
}
