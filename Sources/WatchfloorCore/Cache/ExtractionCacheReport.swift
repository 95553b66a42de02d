/// What the extraction cache did during one load.
public struct ExtractionCacheReport: Sendable, Equatable {
  /// The cache file of the corpus root.
  public var file: String
  /// Reports rebuilt from the cache.
  public var hits = 0
  /// Reports parsed and extracted (new, changed, or not in the cache).
  public var misses = 0
  /// Entries of the old file dropped because their file is gone or changed.
  public var dropped = 0
  /// Bytes of the cache file written by this load; 0 when it was already up to date.
  public var bytesWritten = 0
  /// A problem worth telling the officer: the cache file was damaged and ignored. Nil otherwise.
  public var warning: String?
  /// Why the cache could not be used or written (no identity, unwritable directory); the load
  /// itself is unaffected. Nil when it worked.
  public var unavailable: String?

  /// A report of a load that used `file`.
  public init(file: String) { self.file = file }

  /// One line for logs: "cache: 998 hits, 2 misses, wrote 1.2 MB to …".
  public var summary: String {
    var text = "cache: \(hits) hits, \(misses) misses"
    if dropped > 0 { text += ", \(dropped) dropped" }
    text += bytesWritten > 0 ? ", wrote \(bytesWritten) bytes to \(file)" : ", \(file) up to date"
    if let unavailable { text += " (\(unavailable))" }
    if let warning { text += "; " + warning }
    return text
  }
}
