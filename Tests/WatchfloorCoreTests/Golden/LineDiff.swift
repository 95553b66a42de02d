/// A short, readable difference between two texts of one record per line (JSON Lines, evidence
/// dumps): where they first differ, then the lines only one side has, in order.
enum LineDiff {
  static func describe(expected: String, actual: String, limit: Int = 8) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var out = ["expected \(old.count) lines, got \(new.count)"]
    if let first = (0..<max(old.count, new.count)).first(where: {
      ($0 < old.count ? old[$0] : nil) != ($0 < new.count ? new[$0] : nil)
    }) {
      out.append("first difference at line \(first + 1):")
      out.append("  - \(first < old.count ? old[first] : "<none>")")
      out.append("  + \(first < new.count ? new[first] : "<none>")")
    }
    let oldSet = Set(old)
    let newSet = Set(new)
    let removed = old.filter { !newSet.contains($0) }
    let added = new.filter { !oldSet.contains($0) }
    out.append("\(removed.count) line(s) only in the golden, \(added.count) only in the new output:")
    out += removed.prefix(limit).map { "  - " + $0 }
    if removed.count > limit { out.append("  - … \(removed.count - limit) more") }
    out += added.prefix(limit).map { "  + " + $0 }
    if added.count > limit { out.append("  + … \(added.count - limit) more") }
    return out.joined(separator: "\n")
  }
}
