/// The fixed JSON Lines schema of `watchfloor incidents --format jsonl`, one object per incident:
/// `source`, `date`, `date_precision`, `region`, `location`, `event_type`, `fatalities`,
/// `actors`, `summary`, in that order.
public enum IncidentJSONL {
  /// The keys, in output order.
  public static let keys = [
    "source", "date", "date_precision", "region", "location", "event_type", "fatalities", "actors",
    "summary",
  ]

  /// One JSON object (no trailing newline). The date is `YYYY-MM-DD` (the first day of the month
  /// or year for coarser precisions) or null.
  public static func line(_ incident: Incident) -> String {
    JSONText.object([
      ("source", JSONText.string(incident.source)),
      ("date", JSONText.optionalString(incident.date?.day.iso)),
      ("date_precision", JSONText.optionalString(incident.date?.precision.rawValue)),
      ("region", JSONText.optionalString(incident.region?.name)),
      ("location", JSONText.optionalString(incident.location)),
      ("event_type", JSONText.optionalString(incident.eventType?.rawValue)),
      ("fatalities", JSONText.optionalInt(incident.fatalities)),
      ("actors", "[" + incident.actors.map { JSONText.string($0) }.joined(separator: ",") + "]"),
      ("summary", JSONText.string(incident.summary)),
    ])
  }
}
