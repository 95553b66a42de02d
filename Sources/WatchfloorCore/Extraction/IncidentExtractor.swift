/// Finds the incidents in a parsed report.
///
/// SCAFFOLD: the extraction helper replaces this with the real pipeline
/// (dates, places via the gazetteer, actors, fatalities, event type).
public struct IncidentExtractor: Sendable {
  public init() {}

  /// The incidents of `report`, main events first.
  public func extract(from report: Report) -> [Incident] { [] }
}
