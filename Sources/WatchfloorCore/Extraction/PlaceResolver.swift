/// Finds where an incident happened with the ``Gazetteer``.
///
/// A region named next to the place ("X region", "in northeastern Mali's Menaka region",
/// "(Bankass, Mopti)", "(Gossi, Gourma-Rharous, Timbuktu)", "region of X") wins over the
/// gazetteer; a place with several rows is resolved by a region or cercle named in the report;
/// the output is the pre-2023 region unless the text names a 2023 region as a region.
public struct PlaceResolver: Sendable {
  public let gazetteer: Gazetteer
  /// Actor names are never places ("FAMA" the army, not Fama the village).
  public let actors: ActorTable
  /// Weak region hints ("Dogon" → Mopti), used only to choose between places of the same name.
  public let hints: RegionHints
  /// Villages, hamlets and wells: read only by ``villageMention(in:areas:)``.
  public let villages: VillageGazetteer
  /// Where most incidents happen: the last tie-break between same-named villages.
  public let conflictZone: ConflictZone

  public init(
    gazetteer: Gazetteer = .bundled, actors: ActorTable = .bundled, hints: RegionHints = .bundled,
    villages: VillageGazetteer = .bundled, conflictZone: ConflictZone = .bundled
  ) {
    self.gazetteer = gazetteer
    self.actors = actors
    self.hints = hints
    self.villages = villages
    self.conflictZone = conflictZone
  }

  /// A place named in a sentence.
  struct PlaceMention {
    var entries: [GazetteerEntry]
    var tokens: Range<Int>
    var name: String
  }

  /// A region named as such.
  struct RegionMention {
    var region: Region
    var tokens: Range<Int>
    var phrase: String
    /// Said to be a region ("Mopti region", "region of Gao", last item of a "(…, Mopti)" hint).
    var explicit: Bool
  }

  /// Resolves the place of an incident told in `sentences` (main sentence first), with
  /// `context` (the whole report's tokens) to break ties between places of the same name.
  public func resolve(sentences: [[TextToken]], context: [[TextToken]]) -> PlaceResolution {
    resolve(sentences: sentences, context: context, areas: mentionedAreas(context))
  }

  /// ``resolve(sentences:context:)`` with the report's ``mentionedAreas(_:mentions:)`` computed
  /// once per report by the caller (they depend only on `context`), and the ``placeMentions(_:)``
  /// of each sentence when the caller has them (`mentions`, in the order of `sentences`).
  func resolve(
    sentences: [[TextToken]], mentions: [[PlaceMention]]? = nil, context: [[TextToken]], areas: ReportAreas
  ) -> PlaceResolution {
    var fallback: PlaceResolution?
    for (k, tokens) in sentences.enumerated() {
      let regions = regionMentions(tokens)
      let places = mentions?[k] ?? placeMentions(tokens)
      let hint = parenthesisHint(tokens)
      // The place: the first gazetteer name said to be where things happened, or the
      // capitalised words before a "(…, Region)" hint.
      // "in Douentza region" names the region, not the place: other names come first.
      let named = places.filter { place in
        !regions.contains { $0.explicit && $0.tokens.overlaps(place.tokens) }
      }
      let place = preferredPlace(named.isEmpty ? places : named, in: tokens)
      let location = hint?.place ?? place?.mention.name
      if let explicit = hint?.region ?? regions.first(where: \.explicit) {
        let region = explicit.region
        let output =
          gazetteer.regions.parent(of: region) != nil && !explicit.explicitlyNamedRegion
          ? gazetteer.preReform(region) : region
        return PlaceResolution(region: output, location: location, evidence: explicit.phrase)
      }
      if let place {
        let entry = choose(place.mention.entries, areas: areas)
        var found = PlaceResolution(
          region: entry.region, location: place.mention.name, evidence: place.mention.name)
        found.isCoded = place.role == .coded
        // Only a destination or an origin ("headed to Gao"): a later sentence may say where.
        if place.role != .destination { return found }
        if fallback == nil {
          fallback = found
          fallback?.isDestinationOnly = true
        }
        continue
      }
      if let bare = regions.first, fallback == nil {
        fallback = PlaceResolution(
          region: gazetteer.preReform(bare.region), location: location, evidence: bare.phrase)
      }
    }
    return fallback ?? PlaceResolution(region: nil, location: nil, evidence: nil)
  }

  /// How the words before a place name tie it to the event.
  enum PlaceRole: Int, Comparable {
    /// "headed to X", "from X", "the mayor of X": a place the event did not happen in.
    case destination
    /// A plain mention.
    case mention
    /// "15 km from X", "in the area of X": the anchor reporters measure the event from.
    case anchor
    /// "(coded as X at geoprecision 2)": a coder's note naming the place the event is filed
    /// under, which beats every other place the sentence names.
    case coded

    static func < (lhs: PlaceRole, rhs: PlaceRole) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The place of the event among those a sentence names: the first with the strongest role.
  func preferredPlace(_ places: [PlaceMention], in t: [TextToken]) -> (
    mention: PlaceMention, role: PlaceRole
  )? {
    var best: (mention: PlaceMention, role: PlaceRole)?
    for mention in places {
      let role = role(of: mention, in: t)
      if let current = best, role <= current.role { continue }
      best = (mention, role)
    }
    return best
  }

  /// The role the words just before a place give it.
  func role(of mention: PlaceMention, in t: [TextToken]) -> PlaceRole {
    role(at: mention.tokens.lowerBound, in: t, depth: 0)
  }

  private func role(at i: Int, in t: [TextToken], depth: Int) -> PlaceRole {
    // "Macina fighters", "Kidal rebels": a group named after a place, not the event's place.
    if depth == 0, let end = t[i...].firstIndex(where: { !$0.isCapitalized }),
      PlaceResolver.groupNouns.contains(t[end].folded)
    {
      return .destination
    }
    // "in Etambar, Kidal": the region or cercle after a comma shares the role of the name before.
    if depth < 3, i >= 2, t[i - 1].following == ",", t[i - 1].isCapitalized {
      var start = i - 1
      while start > 0, t[start - 1].isCapitalized, t[start - 1].following == " " { start -= 1 }
      return role(at: start, in: t, depth: depth + 1)
    }
    let before = i >= 1 ? t[i - 1].folded : ""
    let twoBefore = i >= 2 ? t[i - 2].folded : ""
    if before == "as", twoBefore == "coded" { return .coded }
    switch before {
    case "from":
      let measured =
        twoBefore.hasSuffix("km") || PlaceResolver.distanceUnits.contains(twoBefore)
        || (i >= 2 && t[i - 2].number != nil)
      return measured ? .anchor : .destination
    case "to", "towards", "toward":
      return ["close", "next", "near", "adjacent"].contains(twoBefore) ? .mention : .destination
    case "of":
      if PlaceResolver.titlesOfPlaces.contains(twoBefore) { return .destination }
      // "50 km north of X" measures from X; "south of X" alone only says it was not in X.
      let measured =
        PlaceResolver.directions.contains(twoBefore) && i >= 3
        && (t[i - 3].folded.hasSuffix("km") || PlaceResolver.distanceUnits.contains(t[i - 3].folded))
      return PlaceResolver.areasOfPlaces.contains(twoBefore) || measured ? .anchor : .mention
    case "in", "at", "near", "around", "outside", "inside", "nearby", "capital", "city", "town", "village":
      return .anchor
    default:
      return .mention
    }
  }

  /// Units of "N km from X".
  static let distanceUnits: Set<String> = ["km", "kms", "kilometres", "kilometers", "miles", "kilometre"]
  /// "the mayor of X": an office named after a place, not where the event happened.
  /// "Macina fighters": words that make the name before them a group's.
  static let groupNouns: Set<String> = [
    "fighters", "militants", "militiamen", "militia", "jihadists", "rebels", "combatants", "elements",
    "based",
  ]
  static let titlesOfPlaces: Set<String> = [
    "mayor", "governor", "prefect", "subprefect", "deputy", "native", "natives",
  ]
  /// "the village of X", "the outskirts of X": where the event happened.
  static let areasOfPlaces: Set<String> = [
    "village", "villages", "town", "area", "outskirts", "vicinity", "commune", "locality", "hamlet",
    "city", "entrance", "surroundings", "zone", "street", "streets",
  ]
  /// "north of X": measured from X.
  static let directions: Set<String> = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "ne", "nw", "se", "sw", "n", "s", "e", "w",
  ]

  /// The most likely region of a report as a whole: the first region or place it names, passing
  /// over places named only as a destination or origin while another sentence names a better one.
  public func reportRegion(_ context: [[TextToken]]) -> PlaceResolution? {
    reportRegion(context, areas: mentionedAreas(context))
  }

  /// ``reportRegion(_:)`` with the report's ``mentionedAreas(_:mentions:)`` already computed,
  /// and the ``placeMentions(_:)`` of each sentence of `context` when the caller has them.
  func reportRegion(
    _ context: [[TextToken]], mentions: [[PlaceMention]]? = nil, areas: ReportAreas
  ) -> PlaceResolution? {
    var destination: PlaceResolution?
    for (k, tokens) in context.enumerated() {
      let found = resolve(
        sentences: [tokens], mentions: mentions.map { [$0[k]] }, context: context, areas: areas)
      guard found.region != nil else { continue }
      if !found.isDestinationOnly { return found }
      if destination == nil { destination = found }
    }
    return destination
  }

  // MARK: - Villages

  /// A village of the ``VillageGazetteer`` that `sentences` name as the place of the event, in
  /// the first sentence that does (a "coded as X" village before the others there): said to be
  /// where it happened ("in X", "near X", "the village of X", "X village", "X, a village"),
  /// capitalised, not an acronym, not a known place, actor or the first word of a sentence, and
  /// with a certain region: every village of that name lies in one region, or only one of those
  /// regions (or cercles) is named in the report.
  func villageMention(in sentences: [[TextToken]], areas: ReportAreas) -> PlaceResolution? {
    guard villages.count > 0 else { return nil }
    for t in sentences {
      var excluded: Set<Int> = []
      for match in actors.index.matches(in: t) { excluded.formUnion(match.range) }
      // The first village said to be the place, unless a coder's note names another.
      var first: PlaceResolution?
      var i = 1
      while i < t.count {
        guard t[i].isCapitalized, t[i].text.contains(where: \.isLowercase), !excluded.contains(i),
          gazetteer.places.match(t, at: i) == nil, let (found, next) = villages.match(t, at: i)
        else {
          i += 1
          continue
        }
        let role = role(at: i, in: t, depth: 0)
        if saysPlace(t, name: i..<next, role: role), let (village, why) = certain(found, areas: areas) {
          let name = joinedText(t, i..<next)
          var resolution = PlaceResolution(
            region: village.region, location: name,
            evidence: "\(name): a village of \(village.region.name) (GeoNames)\(why.explanation)")
          resolution.isCoded = role == .coded
          if resolution.isCoded { return resolution }
          if first == nil { first = resolution }
        }
        i = next
      }
      if let first { return first }
    }
    return nil
  }

  /// Whether the words around `name` (whose ``role(of:in:)`` is `role`) say it is a place where
  /// things happened.
  private func saysPlace(_ t: [TextToken], name: Range<Int>, role: PlaceRole) -> Bool {
    let start = name.lowerBound
    if role >= .anchor { return true }
    // "between X and Y", "into X", "residents of X", "the village chief of X", "the Sorkoire
    // quarter of X".
    let before = t[start - 1].folded
    if ["between", "into"].contains(before) { return true }
    if before == "of", start >= 2,
      PlaceResolver.peopleOfPlaces.contains(t[start - 2].folded)
        || PlaceResolver.partsOfPlaces.contains(t[start - 2].folded)
    {
      return true
    }
    let after = name.upperBound
    guard after < t.count else { return false }
    if PlaceResolver.placeNouns.contains(t[after].folded) { return true }
    // "X, a village of …"
    return t[after - 1].following == "," && ["a", "the"].contains(t[after].folded) && after + 1 < t.count
      && PlaceResolver.placeNouns.contains(t[after + 1].folded)
  }

  /// Why a village was taken among villages of the same name.
  enum VillageChoice {
    /// Every village of that name lies in one region.
    case onlyRegion
    /// Only one of their regions or cercles is named in the report.
    case named
    /// Only one lies where a group the report names operates ("Katiba Macina" → Mopti, or the
    /// Ségou region's Niono and Macina cercles).
    case hinted
    /// Nothing in the report tells them apart, and only one lies in the ``ConflictZone``.
    case conflictZone

    /// Words for `explain` after the village's evidence.
    var explanation: String {
      switch self {
      case .onlyRegion, .named: ""
      case .hinted: "; of the villages of that name, the one where a group the report names operates"
      case .conflictZone:
        "; of the villages of that name, the one in the centre and north, where most incidents happen"
      }
    }
  }

  /// The one village among same-named ones whose region is certain, and why: the only region;
  /// else the only one the report names (as a region or cercle); else, when the report names
  /// none of them, the only one where a group it names operates; else, when no hint applies,
  /// the only one in the ``ConflictZone``.
  private func certain(_ found: [VillageGazetteer.Village], areas: ReportAreas) -> (
    VillageGazetteer.Village, VillageChoice
  )? {
    guard let first = found.first else { return nil }
    if found.allSatisfy({ $0.region == first.region }) { return (first, .onlyRegion) }
    /// `.none` when `villages` is empty (try the next tie-break); `.some(nil)` when they lie in
    /// several regions (the text points two ways: no guess); else `.some` of the first.
    func single(_ villages: [VillageGazetteer.Village]) -> VillageGazetteer.Village?? {
      guard let pick = villages.first else { return .none }
      return .some(villages.allSatisfy({ $0.region == pick.region }) ? pick : nil)
    }
    let named = found.filter { village in
      areas.named.contains(TextFolding.key(village.region.name))
        || village.cercle.map { areas.named.contains(TextFolding.key($0)) } == true
        || village.region2023.map { areas.named.contains(TextFolding.key($0.name)) } == true
    }
    if let decided = single(named) { return decided.map { ($0, .named) } }
    let hinted = found.filter { village in
      areas.hinted.contains(village.region)
        || village.cercle.map { areas.hintedCercles.contains(TextFolding.key($0)) } == true
    }
    if let decided = single(hinted) { return decided.map { ($0, .hinted) } }
    let inZone = found.filter { conflictZone.regions.contains($0.region) }
    if let decided = single(inZone) { return decided.map { ($0, .conflictZone) } }
    return nil
  }

  /// "residents of X": people named after where they live, where the event happened.
  static let peopleOfPlaces: Set<String> = ["residents", "inhabitants", "chief", "villagers", "population"]

  /// "the X quarter of Y": parts of a village or town, where the event happened.
  static let partsOfPlaces: Set<String> = ["quarter", "quarters", "neighbourhood", "neighborhood"]

  /// Nouns after a name that make it a place ("Sanafara village", "Tinzaouaten camp").
  static let placeNouns: Set<String> = [
    "village", "villages", "hamlet", "hamlets", "commune", "locality", "camp", "site", "well", "wells",
    "market", "fair", "area",
  ]

  // MARK: - Mentions

  /// Places named in a sentence (capitalised names only, so "dire" the adjective is no town).
  func placeMentions(_ t: [TextToken]) -> [PlaceMention] {
    // The tokens of actor names (a few ranges: no set to build).
    var excluded: [Range<Int>] = []
    for match in actors.index.matches(in: t) where match.values.contains(where: { $0.exactText == nil }) {
      excluded.append(match.range)
    }
    var result: [PlaceMention] = []
    var i = 0
    while i < t.count {
      if t[i].isCapitalized, !excluded.contains(where: { $0.contains(i) }), !namesGroup(t, before: i),
        let (entries, next) = gazetteer.places.match(t, at: i) ?? possessiveStem(t, at: i)
          ?? misspelt(t, at: i),
        !(i == 0 && next == i + 1 && PlaceResolver.sentenceStartWords.contains(t[i].folded))
      {
        let name = joinedText(t, i..<next)
        result.append(PlaceMention(entries: entries, tokens: i..<next, name: name))
        i = next
      } else {
        i += 1
      }
    }
    return result
  }

  /// "Front for the Liberation of Macina": a place in a group's name is not where anything happened.
  private func namesGroup(_ t: [TextToken], before i: Int) -> Bool {
    i >= 2 && ["of", "du", "de"].contains(t[i - 1].folded) && t[i - 2].folded == "liberation"
  }

  /// A one-word name one keystroke from a gazetteer name ("Timbutku", "Almoustarast"), when
  /// every name it could be lies in the same region. Words in capitals (acronyms) never are.
  private func misspelt(_ t: [TextToken], at i: Int) -> (values: [GazetteerEntry], next: Int)? {
    let word = t[i].folded
    guard SpellingVariants.hasAtLeast(SpellingVariants.minimumLength, charactersIn: word),
      Self.hasLowercase(t[i].text)
    else { return nil }
    let entries = gazetteer.spellings.names(near: word).flatMap { gazetteer.places.lookup($0) }
    guard let region = entries.first?.region, entries.allSatisfy({ $0.region == region }) else {
      return nil
    }
    return (entries, i + 1)
  }

  /// `text.contains(where: \.isLowercase)`, by its bytes when every byte is a `Character`.
  private static func hasLowercase(_ text: String) -> Bool {
    guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
      return text.contains(where: \.isLowercase)
    }
    return text.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
  }

  /// "Kidals", "Timbuktus": a possessive that lost its apostrophe.
  private func possessiveStem(_ t: [TextToken], at i: Int) -> (values: [GazetteerEntry], next: Int)? {
    let word = t[i].folded
    // A last `Character` "s" is a last byte "s": most words are rejected by that byte.
    guard word.utf8.last == UInt8(ascii: "s"), word.count > 4, word.hasSuffix("s") else { return nil }
    var stem = t[i]
    stem.folded = String(word.dropLast())
    guard let found = gazetteer.places.match([stem], at: 0), found.next == 1 else { return nil }
    return (found.values, i + 1)
  }

  /// Region names in a sentence, marked explicit when written as a region.
  func regionMentions(_ t: [TextToken]) -> [RegionMention] {
    var result: [RegionMention] = []
    for match in gazetteer.regionNames.matches(in: t) {
      guard let region = match.values.first, t[match.range.lowerBound].isCapitalized else { continue }
      let after = match.range.upperBound
      let before = match.range.lowerBound
      let regionAfter = after < t.count && ["region", "regions", "province"].contains(t[after].folded)
      let regionBefore =
        before >= 2 && t[before - 1].folded == "of" && ["region", "regions"].contains(t[before - 2].folded)
      let upper = regionAfter ? after + 1 : after
      let lower = regionBefore ? before - 2 : before
      result.append(
        RegionMention(
          region: region, tokens: lower..<upper, phrase: joinedText(t, lower..<upper),
          explicit: regionAfter || regionBefore))
    }
    return result
  }

  /// A "(Place, Cercle, Region)" hint: its region and the capitalised place named before it.
  func parenthesisHint(_ t: [TextToken]) -> (region: RegionMention, place: String?)? {
    // Tokens followed by ")" close a hint; walk back to the token after "(".
    for close in t.indices where t[close].following == ")" {
      var open = close
      while open > 0, t[open].preceding != "(", close - open < 8 { open -= 1 }
      guard open > 0, t[open].preceding == "(" else { continue }
      // The last comma-separated item must be a region.
      var lastStart = close
      while lastStart > open, t[lastStart - 1].following != "," { lastStart -= 1 }
      guard lastStart > open || lastStart == open,
        let match = gazetteer.regionNames.match(t, at: lastStart), match.next == close + 1,
        let region = match.values.first
      else { continue }
      guard lastStart > open else { continue }  // "(Mopti)" alone is not a place hint
      var placeStart = open - 1
      while placeStart > 0, t[placeStart - 1].isCapitalized, t[placeStart - 1].following != ",",
        open - placeStart < 5
      {
        placeStart -= 1
      }
      let place = t[open - 1].isCapitalized ? joinedText(t, placeStart..<open) : nil
      let phrase = "(" + joinedText(t, open..<(close + 1)) + ")"
      return (
        RegionMention(region: region, tokens: open..<(close + 1), phrase: phrase, explicit: true), place
      )
    }
    return nil
  }

  /// The regions and cercles a report names anywhere, and the regions its hints point to;
  /// `mentions`, when given, are the ``placeMentions(_:)`` of each sentence of `context`.
  func mentionedAreas(_ context: [[TextToken]], mentions: [[PlaceMention]]? = nil) -> ReportAreas {
    // A report names the same few regions and cercles again and again: each distinct name is
    // folded once (names are compared as written, then as keys).
    var names: [String] = []
    for (k, tokens) in context.enumerated() {
      for match in gazetteer.regionNames.matches(in: tokens) {
        if let region = match.values.first, !names.contains(region.name) { names.append(region.name) }
      }
      for place in mentions?[k] ?? placeMentions(tokens) where place.entries.count == 1 {
        if let cercle = place.entries[0].cercle, !names.contains(cercle) { names.append(cercle) }
      }
    }
    let hinted = hints.areas(in: context)
    return ReportAreas(
      named: Set(names.map(TextFolding.key)), hinted: hinted.regions, hintedCercles: hinted.cercles)
  }

  /// Among rows of the same name: the one whose region or cercle the report names, else one in
  /// a region (or `also` cercle) the report hints at ("Dogon" → Mopti), else the largest kind of
  /// place, else the first.
  private func choose(_ entries: [GazetteerEntry], areas: ReportAreas) -> GazetteerEntry {
    guard entries.count > 1 else { return entries[0] }
    let context = areas.named
    if let named = entries.first(where: { entry in
      context.contains(TextFolding.key(entry.region.name))
        || entry.cercle.map { context.contains(TextFolding.key($0)) } == true
        || entry.region2023.map { context.contains(TextFolding.key($0.name)) } == true
    }) {
      return named
    }
    let rank: [GazetteerEntry.Kind: Int] = [
      .region: 0, .cercle: 1, .town: 2, .commune: 3, .site: 4, .village: 5,
    ]
    let candidates = entries.filter { entry in
      areas.hinted.contains(entry.region)
        || entry.cercle.map { areas.hintedCercles.contains(TextFolding.key($0)) } == true
    }
    let pool = candidates.isEmpty || candidates.count == entries.count ? entries : candidates
    return pool.min { (rank[$0.kind] ?? 9) < (rank[$1.kind] ?? 9) } ?? pool[0]
  }

  private func joinedText(_ t: [TextToken], _ range: Range<Int>) -> String {
    var out = ""
    for k in range {
      out += t[k].text
      if k + 1 < range.upperBound {
        out += t[k].following == "-" ? "-" : " "
      }
    }
    return out
  }

  /// Capitalised at the start of a sentence for grammar, not because they are names.
  static let sentenceStartWords: Set<String> = [
    "the", "a", "an", "on", "in", "at", "as", "after", "during", "dire",
  ]
}

extension PlaceResolver.RegionMention {
  /// True when the words call it a region ("Bandiagara region"), not only name a place.
  var explicitlyNamedRegion: Bool { phrase.lowercased().contains("region") }
}
