/// The incident indices of the list shown: either every incident in order (stored as a count,
/// so "all regions, no filter" costs nothing at 100,000 incidents) or an explicit list.
struct RowList: Sendable {
  private var explicit: [Int32]?
  let count: Int

  /// Every incident, 0..<count.
  init(all count: Int) {
    explicit = nil
    self.count = count
  }

  /// These incidents, in this order.
  init(_ rows: [Int32]) {
    explicit = rows
    count = rows.count
  }

  var isEmpty: Bool { count == 0 }

  subscript(row: Int) -> Int32 { explicit?[row] ?? Int32(row) }

  /// The row showing incident `index`, if shown.
  func row(of index: Int32) -> Int? {
    guard let explicit else { return Int(index) < count && index >= 0 ? Int(index) : nil }
    return explicit.firstIndex(of: index)
  }
}
