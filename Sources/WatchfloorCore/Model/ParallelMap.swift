internal import Dispatch

/// `map` over both cores (`DispatchQueue.concurrentPerform`) with the results in input order,
/// for pure transforms of independent elements: the result equals `elements.map(transform)`.
enum ParallelMap {
  /// `elements.map(transform)`, computed in parallel when there are at least `minimumCount`
  /// elements (below that, threads cost more than they save).
  static func map<Element: Sendable, Result: Sendable>(
    _ elements: [Element], minimumCount: Int = 2, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard elements.count >= max(minimumCount, 2) else { return elements.map(transform) }
    let slots = OrderedSlots<Result>(count: elements.count)
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      slots.set(index, transform(elements[index]))
    }
    return slots.collect()
  }

}
