/// CSV output of incidents: the JSONL columns, every cell through ``SafeText/csvCell(_:)``
/// (no control characters, no formula injection), actors joined with `; `.
public enum IncidentCSV {
  /// The header row.
  public static var header: String { IncidentJSONL.keys.joined(separator: ",") }

  /// One row (no trailing newline).
  public static func row(_ incident: Incident) -> String {
    [
      incident.source,
      incident.date?.day.iso ?? "",
      incident.date?.precision.rawValue ?? "",
      incident.region?.name ?? "",
      incident.location ?? "",
      incident.eventType?.rawValue ?? "",
      incident.fatalities.map(String.init) ?? "",
      incident.actors.joined(separator: "; "),
      incident.summary,
    ].map { SafeText.csvCell($0) }.joined(separator: ",")
  }
}
