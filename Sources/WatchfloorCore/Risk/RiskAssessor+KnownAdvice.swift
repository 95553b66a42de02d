extension RiskAssessor {
  /// Like ``assess(region:watched:index:asOf:counted:)`` with the region's advice already
  /// selected: `advisories` must be the ``RegionAssessment/advisories`` of an assessment of
  /// `region` made as of the same day, with the same watched regions, on an index whose advice
  /// for the region (and the regions rolling up into it) is the same. The dashboard re-rates a
  /// region whose incidents changed but whose advice did not this way, without selecting (and
  /// copying) its advice again.
  public func assess(
    region: Region, asOf: Day, counted: [CountedIncident], knownAdvisories advisories: [Advisory]
  ) -> RegionAssessment {
    assessment(of: region, counted: counted, advisories: advisories, asOf: asOf)
  }
}
