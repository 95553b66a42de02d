/// The edges of a ``PhraseIndex`` trie keyed by (node, ``TextToken/wordKey(of:)``) in one
/// open-addressing table: a step from node to node costs a multiply and usually one probe, with
/// no string hashing. Only for all-ASCII words; the caller checks the word itself on a hit.
struct WordEdgeTable: Sendable {
  private var keys: [UInt64]
  private var parents: [Int32]
  private var children: [Int32]
  private var count = 0
  private var shift: UInt64

  init() {
    keys = [UInt64](repeating: 0, count: 16)
    parents = [Int32](repeating: 0, count: 16)
    children = [Int32](repeating: 0, count: 16)
    shift = 64 - 4
  }

  private func slot(_ parent: Int, _ key: UInt64) -> Int {
    let mixed = (key ^ (UInt64(truncatingIfNeeded: parent) &* 0xD6E8_FEB8_6659_FD93)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> shift)
  }

  /// The child of `parent` along the word with `key` (non-zero), or nil.
  func child(of parent: Int, key: UInt64) -> Int? {
    let mask = keys.count - 1
    var i = slot(parent, key)
    while true {
      let found = keys[i]
      if found == 0 { return nil }
      if found == key && Int(parents[i]) == parent { return Int(children[i]) }
      i = (i + 1) & mask
    }
  }

  /// Records the edge `parent` → `child` along the word with `key` (non-zero).
  mutating func insert(parent: Int, key: UInt64, child: Int) {
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var i = slot(parent, key)
    while keys[i] != 0 {
      if keys[i] == key && Int(parents[i]) == parent {
        children[i] = Int32(child)
        return
      }
      i = (i + 1) & mask
    }
    keys[i] = key
    parents[i] = Int32(parent)
    children[i] = Int32(child)
    count += 1
  }

  private mutating func grow() {
    let old = (keys, parents, children)
    let capacity = keys.count * 2
    keys = [UInt64](repeating: 0, count: capacity)
    parents = [Int32](repeating: 0, count: capacity)
    children = [Int32](repeating: 0, count: capacity)
    shift -= 1
    count = 0
    for i in old.0.indices where old.0[i] != 0 {
      insert(parent: Int(old.1[i]), key: old.0[i], child: Int(old.2[i]))
    }
  }
}
