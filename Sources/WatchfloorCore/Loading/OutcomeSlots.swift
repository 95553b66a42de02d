/// Fixed slots that parallel workers fill at distinct indices, then read in order.
///
/// Each index is written by exactly one worker and read only after all workers finished
/// (`DispatchQueue.concurrentPerform` returns after every iteration), hence `@unchecked Sendable`.
final class OutcomeSlots: @unchecked Sendable {
  private let base: UnsafeMutablePointer<FileLoadOutcome?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = UnsafeMutablePointer<FileLoadOutcome?>.allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  func set(_ index: Int, _ outcome: FileLoadOutcome) { base[index] = outcome }

  func collect() -> [FileLoadOutcome] { (0..<count).map { base[$0]! } }
}
