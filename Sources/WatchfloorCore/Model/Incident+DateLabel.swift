extension Incident {
  /// The mark after a date guessed from the file time, in lists and tables (`2024-10-21~`).
  public static let inferredDateMark = "~"

  /// The date as lists and tables show it (`2024-10-21`, `2024-10`, `2024`), followed by
  /// ``inferredDateMark`` when it is guessed from the file time; nil when undated.
  public var dateLabel: String? {
    date.map { $0.description + (isDateInferred ? Incident.inferredDateMark : "") }
  }
}
