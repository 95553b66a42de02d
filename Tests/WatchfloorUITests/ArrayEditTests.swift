import Testing
import WatchfloorTestSupport

@testable import WatchfloorUI

/// `Array.apply(_: ArrayEdit)` moves elements with raw memory moves: it must give what the
/// naive rebuild gives, and must neither leak nor free twice (elements are tracked objects).
@Suite struct ArrayEditTests {
  /// Counts live instances, so a leak or a double free shows.
  final class Tracked: @unchecked Sendable {
    let value: Int
    let counter: Counter
    init(_ value: Int, _ counter: Counter) {
      self.value = value
      self.counter = counter
      counter.live += 1
    }
    deinit { counter.live -= 1 }
  }

  final class Counter: @unchecked Sendable { var live = 0 }

  /// The edit done the slow, obvious way.
  static func naive<T>(_ array: [T], _ edit: ArrayEdit<T>) -> [T] {
    var result: [T] = []
    var nextInsertion = 0
    let removed = Set(edit.removals.flatMap { Array($0) })
    for index in 0...array.count {
      while nextInsertion < edit.insertions.count, edit.insertions[nextInsertion].at == index {
        result.append(contentsOf: edit.insertions[nextInsertion].elements)
        nextInsertion += 1
      }
      if index < array.count, !removed.contains(index) { result.append(array[index]) }
    }
    return result
  }

  static func randomEdit<T>(
    count: Int, using random: inout SplitMix64, make: () -> T
  ) -> ArrayEdit<T> {
    var edit = ArrayEdit<T>()
    var position = 0
    while position <= count {
      let roll = Int.random(in: 0..<10, using: &random)
      if roll < 2 {
        edit.insert((0..<Int.random(in: 1...3, using: &random)).map { _ in make() }, at: position)
      }
      if roll == 2 || roll == 3, position < count {
        let end = min(count, position + Int.random(in: 1...3, using: &random))
        edit.remove(position..<end)
        position = end
        continue
      }
      position += Int.random(in: 1...4, using: &random)
    }
    return edit
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func randomEditsMatchTheNaiveRebuild(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    let counter = Counter()
    var next = 0
    func make() -> Tracked {
      next += 1
      return Tracked(next, counter)
    }
    do {
      var array = (0..<Int.random(in: 0...40, using: &random)).map { _ in make() }
      for _ in 0..<200 {
        let edit = Self.randomEdit(count: array.count, using: &random, make: make)
        let expected = Self.naive(array, edit).map(\.value)
        array.apply(edit)
        #expect(array.map(\.value) == expected)
      }
      let kept = array.count
      array = []
      #expect(kept >= 0)
    }
    #expect(counter.live == 0)
  }

  @Test func sharedStorageIsCopiedFirst() {
    let original = [1, 2, 3, 4, 5]
    var edited = original
    var edit = ArrayEdit<Int>()
    edit.remove(1..<2)
    edit.insert([9, 9], at: 4)
    edited.apply(edit)
    #expect(original == [1, 2, 3, 4, 5])
    #expect(edited == [1, 3, 4, 9, 9, 5])
  }

  @Test func insertionsAtARemovedPositionTakeItsPlace() {
    var array = ["a", "b", "c"]
    var edit = ArrayEdit<String>()
    edit.insert(["x"], at: 1)
    edit.remove(1..<2)
    edit.insert(["y"], at: 3)
    array.apply(edit)
    #expect(array == ["a", "x", "c", "y"])
  }

  @Test func removingEverythingAndShrinking() {
    var array = ["a", "b", "c", "d"]
    var edit = ArrayEdit<String>()
    edit.remove(0..<1)
    edit.remove(1..<3)
    array.apply(edit)
    #expect(array == ["d"])
    var all = ArrayEdit<String>()
    all.remove(0..<1)
    array.apply(all)
    #expect(array.isEmpty)
  }

  @Test func newIndicesFollowTheSegments() {
    var edit = ArrayEdit<Int>()
    edit.insert([7], at: 0)
    edit.remove(2..<4)
    edit.insert([8, 8], at: 5)
    let (segments, targets) = edit.plan(count: 6)
    #expect(targets == [0, 4])
    let moved = (0..<6).map { ArrayEdit<Int>.newIndex(of: $0, in: segments) }
    #expect(moved == [1, 2, nil, nil, 3, 6])
  }
}
