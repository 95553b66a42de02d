public import WatchfloorCore

/// One region pane: a watched region, or "Other" for everything outside them.
public struct RegionPane: Hashable, Sendable {
  /// Display name ("Ménaka", "Other").
  public var name: String
  /// The assessment shown; for "Other", counts over all unwatched regions, and the highest
  /// level among them.
  public var assessment: RegionAssessment
  /// True for the "Other" pane.
  public var isOther: Bool

  public init(name: String, assessment: RegionAssessment, isOther: Bool) {
    self.name = name
    self.assessment = assessment
    self.isOther = isOther
  }
}
