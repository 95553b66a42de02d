#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// The order of paths in a listing: UTF-8 bytes compared lexicographically.
enum UTF8Order {
  /// `a.utf8.lexicographicallyPrecedes(b.utf8)`, by `memcmp` of contiguous UTF-8 (the generic
  /// walk costs several instructions per byte; sorting 10,000 paths compares ~130,000 pairs).
  static func precedes(_ a: String, _ b: String) -> Bool {
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y -> Bool in
        let common = min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
          let order = memcmp(p, q, common)
          if order != 0 { return order < 0 }
        }
        return x.count < y.count
      }
    }
    if let fast, let result = fast { return result }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
  }
}
