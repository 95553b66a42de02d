/// An extracted incident together with the words each field came from, for `watchfloor explain`.
public struct IncidentEvidence: Sendable {
  public var incident: Incident
  /// The words the date was read from, or why it was inherited.
  public var dateWords: String?
  public var regionWords: String?
  public var actorWords: [String]
  public var fatalityWords: String?
  public var eventWords: [String]
  /// Why the incident is main or background.
  public var mainReason: String
}
