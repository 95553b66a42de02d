/// Why a corpus could not be loaded at all (individual bad files are skipped, not errors).
///
/// `description` is one line, ready to print after `watchfloor: `.
public struct CorpusError: Error, Sendable, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
