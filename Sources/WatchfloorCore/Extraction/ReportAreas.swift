/// What a whole report says about where it is, used to choose between places of the same name:
/// the regions and cercles it names, and the regions its weak hints point to.
struct ReportAreas: Sendable {
  /// Folded names of the regions and cercles named anywhere in the report.
  var named: Set<String>
  /// Regions hinted at by groups or communities the report names ("Dogon" → Mopti).
  var hinted: Set<Region>
  /// Folded names of cercles outside those regions where a group the report names also
  /// operates (Katiba Macina in the Ségou region's Niono and Macina cercles).
  var hintedCercles: Set<String> = []
}
