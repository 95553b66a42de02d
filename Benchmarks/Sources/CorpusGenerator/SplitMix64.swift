/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast, seedable generator.
///
/// The corpus must be the same bytes for the same seed on every machine and Swift version,
/// so the generator never uses `SystemRandomNumberGenerator`. Each report gets its own stream
/// (``SplitMix64/init(seed:stream:)``), which lets reports be generated in parallel and in any
/// order with identical results.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator seeded with `seed`.
  public init(seed: UInt64) { state = seed }

  /// An independent stream for item `stream` of a run seeded with `seed`.
  public init(seed: UInt64, stream: UInt64) {
    var mixer = SplitMix64(seed: seed ^ 0x6A09_E667_F3BC_C909)
    let base = mixer.next()
    state = base &+ stream &* 0x9E37_79B9_7F4A_7C15
    _ = next()
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `range`, computed the same way on every platform.
  ///
  /// (`Int.random(in:using:)` is not guaranteed stable across standard library versions.)
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) &+ 1
    if width == 0 { return Int(truncatingIfNeeded: next()) }
    return range.lowerBound + Int(next() % width)
  }

  /// A uniform double in `0..<1`.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniformly chosen element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

  /// An element chosen with probability proportional to its weight.
  public mutating func pick<T>(weighted items: [(T, Int)]) -> T {
    let total = items.reduce(0) { $0 + $1.1 }
    var roll = int(in: 0...(total - 1))
    for (item, weight) in items {
      if roll < weight { return item }
      roll -= weight
    }
    return items[items.count - 1].0
  }
}
