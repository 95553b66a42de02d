internal import Foundation

/// Phrases in advice that state a risk level ("avoid all travel" → Extreme), loaded from the
/// `advice-levels.tsv` resource.
public struct AdviceLevelCues: Sendable {
  /// One phrase and the level it states.
  public struct Cue: Hashable, Sendable {
    public var level: RiskLevel
    /// Folded phrase (``TextFolding/key(_:)``).
    public var phrase: String
    /// Completes "latest alert …", e.g. "advises against all travel".
    public var gloss: String
  }

  /// What a text states: the highest level any cue reaches, with that cue's gloss.
  public struct Match: Hashable, Sendable {
    public var level: RiskLevel
    public var gloss: String
  }

  public let cues: [Cue]

  public init(cues: [Cue]) { self.cues = cues }

  /// Parses `level<TAB>phrase<TAB>gloss` rows; `#` lines and the header are skipped.
  public init(tsv: String) {
    var cues: [Cue] = []
    for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let cols = line.split(separator: "\t").map(String.init)
      guard cols.count >= 3, let level = RiskLevel.named(cols[0]) else { continue }
      cues.append(Cue(level: level, phrase: TextFolding.key(cols[1]), gloss: cols[2]))
    }
    self.init(cues: cues)
  }

  /// The cues shipped in the package resources.
  public static let bundled: AdviceLevelCues = {
    guard let url = Bundle.module.url(forResource: "advice-levels", withExtension: "tsv"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { fatalError("advice-levels.tsv resource missing from the WatchfloorCore bundle") }
    return AdviceLevelCues(tsv: text)
  }()

  /// The highest level stated in `text`, if any phrase matches at word boundaries.
  public func match(_ text: String) -> Match? {
    let folded = " " + TextFolding.key(text) + " "
    var best: Cue?
    for cue in cues where folded.contains(" " + cue.phrase + " ") {
      if best.map({ cue.level > $0.level }) ?? true { best = cue }
    }
    return best.map { Match(level: $0.level, gloss: $0.gloss) }
  }
}

extension RiskLevel {
  /// The level with this label, case-insensitive ("extreme", "High").
  public static func named(_ name: some StringProtocol) -> RiskLevel? {
    allCases.first { $0.label.lowercased() == name.lowercased() }
  }
}
