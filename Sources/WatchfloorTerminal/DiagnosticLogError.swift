/// Why the diagnostics log could not be opened.
public struct DiagnosticLogError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public var description: String { "cannot open log \(path): \(reason)" }
}
