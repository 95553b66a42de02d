/// A date found in a sentence.
public struct DateMention: Hashable, Sendable {
  /// How the date relates to the sentence's event.
  public enum Role: Hashable, Sendable {
    /// The day (or month) something happened: "On 30 September", "on Tuesday".
    case event
    /// The start or end of a period ("since September", "until 2015"): context, not an event.
    case period
  }

  public var date: IncidentDate
  public var role: Role
  /// True when the text gave the year; false when it was inferred.
  public var hasExplicitYear: Bool
  /// Index of the first and one past the last token of the phrase.
  public var tokens: Range<Int>
  /// The words the date was read from.
  public var phrase: String
}
