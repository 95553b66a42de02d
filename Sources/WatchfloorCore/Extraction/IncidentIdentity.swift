/// Stable incident identities: the source path and a hash of the normalised source sentence,
/// with an ordinal only among identical sentences of one report. Editing another part of the
/// file, or loading files in another order, leaves an incident's identity unchanged.
public enum IncidentIdentity {
  /// The identity of the incident told by `sentence` in the report at `path`.
  public static func make(path: String, sentence: String, ordinal: Int) -> IncidentID {
    make(path: path, key: TextFolding.key(sentence), ordinal: ordinal)
  }

  /// ``make(path:sentence:ordinal:)`` with the sentence's ``TextFolding/key(_:)`` already computed.
  static func make(path: String, key: String, ordinal: Int) -> IncidentID {
    let hash = fnv1a(key)
    let hex = String(hash, radix: 16)
    let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    return IncidentID(ordinal == 0 ? "\(path)#\(padded)" : "\(path)#\(padded)-\(ordinal)")
  }

  /// 64-bit FNV-1a over UTF-8: stable across runs and platforms, unlike `Hasher`.
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
