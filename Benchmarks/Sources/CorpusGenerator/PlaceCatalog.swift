internal import Foundation

/// The real places the generator names, read at run time from the repository's gazetteer.
///
/// The gazetteer (`Sources/WatchfloorCore/Resources/gazetteer.tsv`, columns
/// `name region region_2023 kind cercle aliases source`) is the app's own data; the generator
/// reads it instead of copying it. When it is missing (an older checkout) the catalogue falls
/// back to the region list in `regions.tsv` plus ``PlaceCatalog/wellKnownTowns``.
public struct PlaceCatalog: Sendable {
  public let places: [Place]
  /// Where the places came from, for the generator's summary line.
  public let origin: String
  /// Conflict-weighted choice of region, then of a place inside it.
  private let byRegion: [(region: String, places: [(Place, Int)], weight: Int)]

  public init(places: [Place], origin: String) {
    precondition(!places.isEmpty, "a place catalogue needs at least one place")
    self.places = places
    self.origin = origin
    var grouped: [String: [(Place, Int)]] = [:]
    for place in places { grouped[place.region, default: []].append((place, place.weight)) }
    byRegion = grouped.keys.sorted().map { region in
      (region, grouped[region]!, PlaceCatalog.regionWeights[region] ?? 2)
    }
  }

  /// A place, chosen so that conflict-heavy regions (Mopti, Ségou, Gao…) dominate as they do
  /// in real reporting.
  public func randomPlace(using rng: inout SplitMix64) -> Place {
    let entry = rng.pick(weighted: byRegion.map { ($0, $0.weight) })
    return rng.pick(weighted: entry.places)
  }

  /// A place in `region` (any place if the catalogue has none there).
  public func randomPlace(in region: String, using rng: inout SplitMix64) -> Place {
    guard let entry = byRegion.first(where: { $0.region == region }) else {
      return randomPlace(using: &rng)
    }
    return rng.pick(weighted: entry.places)
  }

  /// Another place in the same region as `place` (for "the road between A and B").
  public func neighbour(of place: Place, using rng: inout SplitMix64) -> Place {
    guard let entry = byRegion.first(where: { $0.region == place.region }), entry.places.count > 1
    else { return place }
    for _ in 0..<4 {
      let other = rng.pick(weighted: entry.places)
      if other.name != place.name { return other }
    }
    return place
  }

  /// A short hex digest of the places (FNV-1a), so corpora made from different gazetteers are
  /// cached apart.
  public var fingerprint: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for place in places {
      for byte in place.name.utf8 + [9] + place.region.utf8 + [UInt8(truncatingIfNeeded: place.weight), 10] {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Loads the catalogue for a repository checkout: the gazetteer if present, else the fallback.
  /// - Parameter repositoryRoot: the Watchfloor repository (the folder holding `Sources/`).
  public static func load(repositoryRoot: String) -> PlaceCatalog {
    let resources = repositoryRoot + "/Sources/WatchfloorCore/Resources/"
    if let text = try? String(contentsOfFile: resources + "gazetteer.tsv", encoding: .utf8) {
      let places = parseGazetteer(text)
      if !places.isEmpty { return PlaceCatalog(places: places, origin: resources + "gazetteer.tsv") }
    }
    let regionText = (try? String(contentsOfFile: resources + "regions.tsv", encoding: .utf8)) ?? ""
    return fallback(regionsTSV: regionText)
  }

  /// The repository root, found from this source file's location (Benchmarks/Sources/…).
  public static var defaultRepositoryRoot: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }

  /// Rows of the gazetteer that are places (regions themselves are left out).
  static func parseGazetteer(_ text: String) -> [Place] {
    var places: [Place] = []
    var columns: [String: Int] = [:]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if columns.isEmpty {
        for (index, name) in cells.enumerated() { columns[name] = index }
        continue
      }
      func cell(_ name: String) -> String {
        guard let index = columns[name], index < cells.count else { return "" }
        return cells[index]
      }
      let weight: Int
      switch cell("kind") {
      case "town": weight = 12
      case "cercle": weight = 6
      case "village": weight = 3
      case "site": weight = 2
      case "commune": weight = 1
      default: continue
      }
      let region = cell("region_2023").isEmpty ? cell("region") : cell("region_2023")
      guard !cell("name").isEmpty, !region.isEmpty else { continue }
      places.append(Place(name: cell("name"), region: region, weight: weight))
    }
    return places
  }

  /// Regions from `regions.tsv` (each also a town of the same name) plus well-known towns.
  static func fallback(regionsTSV: String) -> PlaceCatalog {
    var places = wellKnownTowns.map { Place(name: $0.0, region: $0.1, weight: 12) }
    for line in regionsTSV.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let name = String(line.split(separator: "\t", omittingEmptySubsequences: false)[0])
      guard !name.isEmpty, name != "name", !places.contains(where: { $0.name == name }) else {
        continue
      }
      places.append(Place(name: name, region: name, weight: 6))
    }
    return PlaceCatalog(places: places, origin: "built-in towns + regions.tsv (no gazetteer.tsv)")
  }

  /// Used only when the gazetteer is missing.
  static let wellKnownTowns: [(String, String)] = [
    ("Ansongo", "Gao"), ("Bourem", "Gao"), ("Gao", "Gao"), ("Tessit", "Gao"),
    ("Ménaka", "Ménaka"), ("Anderamboukane", "Ménaka"), ("Tidermène", "Ménaka"),
    ("Kidal", "Kidal"), ("Tessalit", "Kidal"), ("Aguelhok", "Kidal"), ("Anefis", "Kidal"),
    ("Tinzaouaten", "Kidal"), ("Timbuktu", "Timbuktu"), ("Goundam", "Timbuktu"),
    ("Léré", "Timbuktu"), ("Niafunké", "Timbuktu"), ("Ber", "Timbuktu"),
    ("Mopti", "Mopti"), ("Sévaré", "Mopti"), ("Djenné", "Mopti"), ("Ténenkou", "Mopti"),
    ("Youwarou", "Mopti"), ("Bandiagara", "Bandiagara"), ("Bankass", "Bandiagara"),
    ("Koro", "Bandiagara"), ("Douentza", "Douentza"), ("Boni", "Douentza"),
    ("Hombori", "Douentza"), ("Ségou", "Ségou"), ("Niono", "Ségou"), ("Macina", "Ségou"),
    ("Diafarabé", "Ségou"), ("San", "San"), ("Tominian", "San"), ("Sikasso", "Sikasso"),
    ("Kadiolo", "Sikasso"), ("Koutiala", "Koutiala"), ("Bougouni", "Bougouni"),
    ("Kayes", "Kayes"), ("Diéma", "Kayes"), ("Nioro", "Nioro"), ("Kita", "Kita"),
    ("Koulikoro", "Koulikoro"), ("Kati", "Koulikoro"), ("Nara", "Nara"), ("Bamako", "Bamako"),
  ]

  /// How often each region appears in conflict reporting, roughly (unlisted regions: 2).
  static let regionWeights: [String: Int] = [
    "Mopti": 22, "Bandiagara": 10, "Douentza": 8, "Ségou": 16, "San": 4, "Gao": 14,
    "Ménaka": 10, "Timbuktu": 12, "Kidal": 8, "Taoudénit": 2, "Koulikoro": 5, "Nara": 3,
    "Dioïla": 2, "Sikasso": 4, "Koutiala": 3, "Bougouni": 3, "Kayes": 3, "Nioro": 2, "Kita": 2,
    "Bamako": 4,
  ]
}
