/// Identity of an incident that stays the same across reloads while the text it came from does.
public struct IncidentID: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (lhs: IncidentID, rhs: IncidentID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One violent or political event extracted from a report.
public struct Incident: Hashable, Sendable, Identifiable {
  public var id: IncidentID
  /// When it happened, if the text says.
  public var date: IncidentDate?
  /// The region it happened in, if known.
  public var region: Region?
  /// The place as named in the text ("Amalaou-laou"), if any.
  public var location: String?
  /// Canonical actor names ("JNIM", "FAMa").
  public var actors: [String]
  public var eventType: EventType?
  /// Number killed, all sides; nil when the text gives no number.
  public var fatalities: Int?
  /// One sentence describing it.
  public var summary: String
  /// Path of the source report, relative to the corpus root.
  public var source: String
  /// The text the incident was extracted from (usually one sentence).
  public var sourceText: String
  /// UTF-8 byte range of `sourceText` within the report body.
  public var span: Range<Int>
  /// True for the report's main event(s); false for background mentions of earlier events.
  public var isMainEvent: Bool
  /// True when the date, or its year, is not stated in the text but guessed from the file's
  /// modification time (a report with no date line): the date may be far from the truth.
  public var isDateInferred: Bool

  public init(
    id: IncidentID, date: IncidentDate?, region: Region?, location: String?, actors: [String],
    eventType: EventType?, fatalities: Int?, summary: String, source: String, sourceText: String,
    span: Range<Int>, isMainEvent: Bool, isDateInferred: Bool = false
  ) {
    self.id = id
    self.date = date
    self.region = region
    self.location = location
    self.actors = actors
    self.eventType = eventType
    self.fatalities = fatalities
    self.summary = summary
    self.source = source
    self.sourceText = sourceText
    self.span = span
    self.isMainEvent = isMainEvent
    self.isDateInferred = isDateInferred
  }
}
