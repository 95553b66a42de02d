/// Fixed slots that parallel workers fill at distinct indices, then read in order.
///
/// Each index is written by exactly one worker and read only after all workers finished
/// (`DispatchQueue.concurrentPerform` returns after every iteration), hence `@unchecked Sendable`.
final class OrderedSlots<Value>: @unchecked Sendable {
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

  /// Every slot's value in index order; each must have been set.
  func collect() -> [Value] { (0..<count).map { base[$0]! } }
}
