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

  public init(gazetteer: Gazetteer = .bundled, actors: ActorTable = .bundled) {
    self.gazetteer = gazetteer
    self.actors = actors
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

  /// ``resolve(sentences:context:)`` with the report's ``mentionedAreas(_:)`` computed once per
  /// report by the caller (they depend only on `context`).
  func resolve(sentences: [[TextToken]], context: [[TextToken]], areas contextKeys: Set<String>)
    -> PlaceResolution
  {
    var fallback: PlaceResolution?
    for tokens in sentences {
      let regions = regionMentions(tokens)
      let places = placeMentions(tokens)
      let hint = parenthesisHint(tokens)
      // The place: a gazetteer name, or the capitalised words before a "(…, Region)" hint.
      let place = places.first { !isRegionWord($0, regions) } ?? places.first
      let location = place?.name ?? hint?.place
      if let explicit = hint?.region ?? regions.first(where: \.explicit) {
        let region = explicit.region
        let output =
          gazetteer.regions.parent(of: region) != nil && !explicit.explicitlyNamedRegion
          ? gazetteer.preReform(region) : region
        return PlaceResolution(region: output, location: location, evidence: explicit.phrase)
      }
      if let place {
        let entry = choose(place.entries, context: contextKeys, near: tokens)
        return PlaceResolution(region: entry.region, location: place.name, evidence: place.name)
      }
      if let bare = regions.first, fallback == nil {
        fallback = PlaceResolution(
          region: gazetteer.preReform(bare.region), location: location, evidence: bare.phrase)
      }
    }
    return fallback ?? PlaceResolution(region: nil, location: nil, evidence: nil)
  }

  /// The most likely region of a report as a whole (the first region or place it names).
  public func reportRegion(_ context: [[TextToken]]) -> PlaceResolution? {
    reportRegion(context, areas: mentionedAreas(context))
  }

  /// ``reportRegion(_:)`` with the report's ``mentionedAreas(_:)`` already computed.
  func reportRegion(_ context: [[TextToken]], areas: Set<String>) -> PlaceResolution? {
    for tokens in context {
      let found = resolve(sentences: [tokens], context: context, areas: areas)
      if found.region != nil { return found }
    }
    return nil
  }

  // MARK: - Mentions

  private func isRegionWord(_ place: PlaceMention, _ regions: [RegionMention]) -> Bool {
    regions.contains { $0.tokens.overlaps(place.tokens) }
  }

  /// Places named in a sentence (capitalised names only, so "dire" the adjective is no town).
  func placeMentions(_ t: [TextToken]) -> [PlaceMention] {
    var excluded: Set<Int> = []
    for match in actors.index.matches(in: t) where match.values.contains(where: { $0.exactText == nil }) {
      excluded.formUnion(match.range)
    }
    var result: [PlaceMention] = []
    var i = 0
    while i < t.count {
      if t[i].isCapitalized, !excluded.contains(i),
        let (entries, next) = gazetteer.places.match(t, at: i) ?? possessiveStem(t, at: i),
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

  /// "Kidals", "Timbuktus": a possessive that lost its apostrophe.
  private func possessiveStem(_ t: [TextToken], at i: Int) -> (values: [GazetteerEntry], next: Int)? {
    let word = t[i].folded
    guard word.count > 4, word.hasSuffix("s") else { return nil }
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

  /// Folded names of regions and cercles named anywhere in the report.
  func mentionedAreas(_ context: [[TextToken]]) -> Set<String> {
    var keys: Set<String> = []
    for tokens in context {
      for match in gazetteer.regionNames.matches(in: tokens) {
        if let region = match.values.first { keys.insert(TextFolding.key(region.name)) }
      }
      for place in placeMentions(tokens) where place.entries.count == 1 {
        if let cercle = place.entries[0].cercle { keys.insert(TextFolding.key(cercle)) }
      }
    }
    return keys
  }

  /// Among rows of the same name: the one whose region or cercle the report names, else the
  /// largest kind of place, else the first.
  private func choose(
    _ entries: [GazetteerEntry], context: Set<String>, near tokens: [TextToken]
  ) -> GazetteerEntry {
    guard entries.count > 1 else { return entries[0] }
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
    return entries.min { (rank[$0.kind] ?? 9) < (rank[$1.kind] ?? 9) } ?? entries[0]
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
