/// How precisely a generated incident's date is stated in the text.
public enum GeneratedDatePrecision: String, Sendable, Hashable {
  case day, month, year
}

/// One incident the generator wrote into a report, with what the text says about it.
///
/// These are the intended facts, useful to build in-memory models of a known size; they are not
/// a labelled truth set for extraction accuracy (that lives with the extraction work).
public struct GeneratedIncident: Hashable, Sendable {
  public var date: CalendarDay
  public var precision: GeneratedDatePrecision
  public var place: Place
  /// Canonical actor names as in `actors.tsv` ("JNIM", "FAMa", "Wagner").
  public var actors: [String]
  /// An ACLED event type, spelled as `EventType`'s raw values ("Battles").
  public var eventType: String
  public var fatalities: Int?
  /// The sentence as written.
  public var sentence: String
  /// UTF-8 byte range of `sentence` within the report text.
  public var span: Range<Int>
  /// False for background mentions of earlier events.
  public var isMainEvent: Bool
}
