/// Whether two strings use one and the same UTF-8 buffer (a slice of a string, not a copy).
///
/// Used to check that a report's section texts are slices of its body, so each report's text
/// is held in memory once. Small strings (up to 15 bytes) are stored inline and never share.
public func sharesStorage(_ slice: Substring, with whole: String) -> Bool {
  guard let wholeStart = firstByteAddress(of: whole), let sliceBase = firstByteAddress(of: slice.base) else {
    return false
  }
  return wholeStart == sliceBase
}

private func firstByteAddress(of string: String) -> UInt? {
  string.utf8.withContiguousStorageIfAvailable { buffer in
    buffer.baseAddress.map { UInt(bitPattern: $0) }
  } ?? nil
}
