/// Locations of the repository's test data, independent of the working directory.
public enum FixturePaths {
  /// The repository root (two levels above this file's folder).
  public static let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Tests/WatchfloorTestSupport/FixturePaths.swift
    return parts.joined(separator: "/")
  }()

  /// The bundled `Fixtures/` corpus.
  public static var fixtures: String { repositoryRoot + "/Fixtures" }

  /// `../shared/seeds` next to the checkout, which may be absent.
  public static var seeds: String { repositoryRoot + "/../shared/seeds" }
}
