/// A batch of removals and insertions for an array, applied in one pass and in place
/// (``Array/apply(_:)``): each untouched stretch of elements is moved once (a `memmove`, no
/// retain or release), so the cost is that of the moves, not of copying and freeing every
/// element as building a new array would.
///
/// Positions are in the array as it is before the edit. An insertion at `p` goes before the
/// element now at `p` (at the end when `p` is the count), after the insertions listed earlier
/// at the same position; it may be at the start of a removed run, not inside one.
struct ArrayEdit<Element> {
  /// Runs to remove, in increasing order, not overlapping.
  private(set) var removals: [Range<Int>] = []
  /// Elements to insert, by nondecreasing position.
  private(set) var insertions: [(at: Int, elements: [Element])] = []
  /// Elements removed and inserted so far.
  private(set) var removedCount = 0
  private(set) var insertedCount = 0

  init() {}

  var isEmpty: Bool { removals.isEmpty && insertions.isEmpty }

  /// Removes `range`; runs must come in increasing order, not overlapping.
  mutating func remove(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    precondition(removals.last.map { $0.upperBound <= range.lowerBound } ?? true, "removals out of order")
    removals.append(range)
    removedCount += range.count
  }

  /// Inserts `elements` before position `at`; positions must not decrease.
  mutating func insert(_ elements: [Element], at position: Int) {
    guard !elements.isEmpty else { return }
    precondition(insertions.last.map { $0.at <= position } ?? true, "insertions out of order")
    insertions.append((position, elements))
    insertedCount += elements.count
  }

  /// A stretch of kept elements, `start..<end` before the edit, that moves by `shift`.
  struct Segment: Equatable {
    var start: Int
    var end: Int
    var shift: Int
  }

  /// The plan for an array of `count` elements: the kept stretches with their shifts and where
  /// each insertion lands.
  func plan(count: Int) -> (segments: [Segment], targets: [Int]) {
    var segments: [Segment] = []
    var targets: [Int] = []
    targets.reserveCapacity(insertions.count)
    var (start, shift, nextRemoval, nextInsertion) = (0, 0, 0, 0)
    while nextRemoval < removals.count || nextInsertion < insertions.count {
      let removalAt = nextRemoval < removals.count ? removals[nextRemoval].lowerBound : Int.max
      let insertionAt = nextInsertion < insertions.count ? insertions[nextInsertion].at : Int.max
      let position = min(removalAt, insertionAt)
      precondition(position >= start && position <= count, "edit position out of range")
      if position > start { segments.append(Segment(start: start, end: position, shift: shift)) }
      while nextInsertion < insertions.count, insertions[nextInsertion].at == position {
        targets.append(position + shift)
        shift += insertions[nextInsertion].elements.count
        nextInsertion += 1
      }
      if removalAt == position {
        let run = removals[nextRemoval]
        precondition(run.upperBound <= count, "removal out of range")
        shift -= run.count
        start = run.upperBound
        nextRemoval += 1
      } else {
        start = position
      }
    }
    if start < count { segments.append(Segment(start: start, end: count, shift: shift)) }
    return (segments, targets)
  }

  /// Where the element at `index` before the edit is after it (nil if removed), for segments
  /// from ``plan(count:)``.
  static func newIndex(of index: Int, in segments: [Segment]) -> Int? {
    var (low, high) = (0, segments.count)
    while low < high {
      let middle = (low + high) / 2
      if segments[middle].end <= index { low = middle + 1 } else { high = middle }
    }
    guard low < segments.count, segments[low].start <= index else { return nil }
    return index + segments[low].shift
  }
}

extension Array {
  /// Applies `edit` in place (see ``ArrayEdit``).
  mutating func apply(_ edit: ArrayEdit<Element>) {
    guard !edit.isEmpty else { return }
    let oldCount = count
    let newCount = oldCount - edit.removedCount + edit.insertedCount
    guard newCount > 0 else {
      removeAll()
      return
    }
    let (segments, targets) = edit.plan(count: oldCount)
    // Room for growth: placeholders (copies of an inserted element), destroyed below.
    let growth = Swift.max(0, newCount - oldCount)
    if growth > 0 {
      reserveCapacity(newCount)
      let filler = edit.insertions[0].elements[0]
      append(contentsOf: repeatElement(filler, count: growth))
    }
    withUnsafeMutableBufferPointer { buffer in
      let base = buffer.baseAddress!
      // Holes: removed elements and placeholders.
      for run in edit.removals { (base + run.lowerBound).deinitialize(count: run.count) }
      if growth > 0 { (base + oldCount).deinitialize(count: growth) }
      // Stretches moving right go last-first, those moving left first-last: no stretch lands
      // on one that has not moved yet (they keep their order, so only same-direction movers
      // can meet).
      for segment in segments.reversed() where segment.shift > 0 {
        (base + segment.start + segment.shift).moveInitialize(
          from: base + segment.start, count: segment.end - segment.start)
      }
      for segment in segments where segment.shift < 0 {
        (base + segment.start + segment.shift).moveInitialize(
          from: base + segment.start, count: segment.end - segment.start)
      }
      for (insertion, target) in zip(edit.insertions, targets) {
        (base + target).initialize(from: insertion.elements, count: insertion.elements.count)
      }
      // The array still counts `oldCount` elements: refill the tail it will drop.
      if newCount < oldCount {
        (base + newCount).initialize(repeating: base[0], count: oldCount - newCount)
      }
    }
    if newCount < oldCount { removeLast(oldCount - newCount) }
  }
}
