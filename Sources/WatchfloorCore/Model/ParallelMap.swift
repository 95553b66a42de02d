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
    let slots = Slots<Result>(count: elements.count)
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      slots.set(index, transform(elements[index]))
    }
    return slots.collect()
  }

  /// Slots filled at distinct indices by the workers, read after all of them finished.
  private final class Slots<Value>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
      self.count = count
      base = UnsafeMutablePointer<Value?>.allocate(capacity: count)
      base.initialize(repeating: nil, count: count)
    }

    deinit {
      base.deinitialize(count: count)
      base.deallocate()
    }

    func set(_ index: Int, _ value: Value) { base[index] = value }

    func collect() -> [Value] { (0..<count).map { base[$0]! } }
  }
}
