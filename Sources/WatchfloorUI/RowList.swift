/// The incident indices of the list shown: either every incident in order (stored as a count,
/// so "all regions, no filter" costs nothing at 100,000 incidents) or an explicit list in
/// ascending index order (list order is newest first, so any subset keeps that order).
struct RowList: Sendable {
  private var explicit: [Int32]?
  let count: Int

  /// Every incident, 0..<count.
  init(all count: Int) {
    explicit = nil
    self.count = count
  }

  /// These incidents, in ascending index order (checked in debug builds).
  init(_ rows: [Int32]) {
    assert(zip(rows, rows.dropFirst()).allSatisfy { $0 < $1 }, "RowList rows must ascend")
    explicit = rows
    count = rows.count
  }

  var isEmpty: Bool { count == 0 }

  subscript(row: Int) -> Int32 { explicit?[row] ?? Int32(row) }

  /// The row showing incident `index`, if shown: a binary search, O(log n).
  func row(of index: Int32) -> Int? {
    guard let explicit else { return Int(index) < count && index >= 0 ? Int(index) : nil }
    var (low, high) = (0, explicit.count)
    while low < high {
      let middle = (low + high) / 2
      if explicit[middle] < index { low = middle + 1 } else { high = middle }
    }
    return low < explicit.count && explicit[low] == index ? low : nil
  }
}
