/// Reads death tolls per ACLED's conventions: all sides summed, the most conservative figure
/// ("at least 15" → 15), word numbers, "dozens" → 12, "several" → 3, a stated "no casualties"
/// → 0, no number → nil. Injured are not counted; cumulative tolls are flagged as aggregates.
public struct FatalityExtractor: Sendable {
  public let cues: FatalityCues
  public let actors: ActorTable

  public init(cues: FatalityCues = .bundled, actors: ActorTable = .bundled) {
    self.cues = cues
    self.actors = actors
  }

  /// The toll stated in one sentence, or nil when it states none.
  /// - Parameter excluded: token indexes that belong to dates and cannot be counts.
  public func reading(in t: [TextToken], excluding excluded: Set<Int> = []) -> FatalityReading? {
    var used: Set<Int> = []
    var counts: [(index: Int, value: Int, subset: Bool)] = []
    var i = 0
    while i < t.count {
      let asDeath = cues.death.match(t, at: i)
      let asObject = cues.killObject.match(t, at: i)
      guard asDeath != nil || asObject != nil else {
        i += 1
        continue
      }
      let end = max(asDeath?.next ?? i, asObject?.next ?? i)
      if asDeath != nil {
        for found in backwardCounts(t, before: i, excluded) where !used.contains(found.index) {
          used.insert(found.index)
          counts.append(found)
        }
      }
      if let object = asObject {
        for found in forwardCounts(t, from: object.next, excluded) where !used.contains(found.index) {
          used.insert(found.index)
          counts.append(found)
        }
      }
      i = max(end, i + 1)
    }
    let aggregateStart = firstAggregate(t)
    let own = counts.filter { $0.index < aggregateStart }
    let kept = own.count > 1 ? own.filter { !$0.subset } : own
    if !kept.isEmpty {
      let phrase = kept.map { t[$0.index].text }.joined(separator: " + ")
      return FatalityReading(count: kept.reduce(0) { $0 + $1.value }, phrase: phrase, isAggregate: false)
    }
    if let zero = cues.zero.firstMatch(in: t) {
      return FatalityReading(count: 0, phrase: TextToken.phrase(t, zero.range), isAggregate: false)
    }
    if let aggregate = counts.first {
      return FatalityReading(count: aggregate.value, phrase: t[aggregate.index].text, isAggregate: true)
    }
    return nil
  }

  // MARK: - Counts around a death word

  private static let auxiliaries: Set<String> = [
    "was", "were", "been", "be", "being", "have", "has", "had", "are", "is", "reportedly",
    "allegedly", "all", "also", "later", "reported", "found", "confirmed", "left", "shot",
    "and", "or", "of", "who", "them", "their", "his", "her", "its", "were", "subsequently", "each",
    "both", "instantly", "immediately", "then", "themselves", "lying",
  ]

  private static let blockers: Set<String> = [
    "by", "in", "after", "that", "which", "when", "while", "during", "as", "but", "with", "to",
    "on", "at", "from", "for", "following", "against", "near", "where", "than",
  ]

  private static let subsetMarkers: Set<String> = [
    "including", "among", "with", "mostly", "mainly", "whom", "of", "namely", "incl",
  ]

  /// The count(s) right before a death word: "22 civilians were killed", "10 militants and
  /// 9 soldiers dead", "two guards, ten militiamen and two herders killed".
  private func backwardCounts(
    _ t: [TextToken], before i: Int, _ excluded: Set<Int>
  ) -> [(index: Int, value: Int, subset: Bool)] {
    var result: [(index: Int, value: Int, subset: Bool)] = []
    let singular = i > 0 && ["was", "is"].contains(t[i - 1].folded)
    var j = i - 1
    var steps = 0
    while j >= 0, steps < 9 {
      let word = t[j].folded
      // "twenty-two": the count starts at the tens word; "6-8 killed": the lower figure.
      if j > 0, NumberWords.count(in: t, at: j - 1)?.next == j + 1 { j -= 1 }
      if j > 0, t[j].number != nil, t[j - 1].following == "-", t[j - 1].number != nil { j -= 1 }
      if j > 1, t[j - 1].folded == "to" || t[j - 1].folded == "or", t[j - 2].number != nil,
        t[j].number != nil
      {
        j -= 2
      }
      if let value = countValue(t, at: j, excluded, singularVerb: singular) {
        if isSubset(t, before: j) {
          result.append((j, value, true))
          j = skipBackSubsetMarker(t, from: j - 1)
          steps = 0
          continue
        }
        result.append((j, value, false))
        // A list: "10 militants and 9 soldiers", "two guards, ten militiamen".
        var k = j - 1
        while k >= 0, cues.hedge.match(t, at: k) != nil || isHedgeTail(t, k) { k -= 1 }
        guard k >= 1, t[k].folded == "and" || t[k].following == "," else { break }
        j = t[k].folded == "and" ? k - 1 : k
        steps = 0
        continue
      }
      if cues.injury.contains(word) || FatalityExtractor.blockers.contains(word)
        || cues.death.match(t, at: j) != nil
      {
        break
      }
      if t[j].following == ";" || t[j].following == ":" || t[j].following == "." { break }
      // "The officer died": a singular subject with the definite article.
      if ["the", "his", "her", "their"].contains(word), word != "their", isSingularPerson(t, at: j + 1),
        result.isEmpty, j + 4 >= i
      {
        result.append((j, 1, false))
        break
      }
      j -= 1
      steps += 1
    }
    // "…, an AQIM leader, was killed": one person, though no number is written.
    let negated = t[max(0, i - 4)..<i].contains {
      ["no", "nobody", "none", "not", "never"].contains($0.folded)
    }
    if result.isEmpty, singular, i > 0, !negated { result.append((i - 1, 1, false)) }
    return result
  }

  /// The count(s) right after a killing word: "killing two soldiers and a child", "the death
  /// of approximately seven men", "killed the driver and two passengers".
  private func forwardCounts(
    _ t: [TextToken], from start: Int, _ excluded: Set<Int>
  ) -> [(index: Int, value: Int, subset: Bool)] {
    var result: [(index: Int, value: Int, subset: Bool)] = []
    guard start > 0, start < t.count else { return result }
    // Passive ("were killed") or a clause break right after the word: nothing follows.
    if t[start - 1].following == "," || t[start - 1].following == "." || t[start - 1].following == ";" {
      return result
    }
    var j = start
    while j < t.count {
      // Hedges and articles: "at least", "some", "an estimated", "the".
      while j < t.count, countValue(t, at: j, excluded, afterKill: true) == nil || isLeadingHedge(t, j),
        let hedge = cues.hedge.match(t, at: j), hedge.next > j
      {
        if let value = countValue(t, at: hedge.next, excluded, afterKill: true), value > 0 {
          j = hedge.next
          break
        }
        if t[j].folded == "the", hedge.next < t.count, isSingularPerson(t, at: hedge.next) { break }
        j = hedge.next
      }
      guard j < t.count else { break }
      if let value = countValue(t, at: j, excluded, afterKill: true) {
        result.append((j, value, !result.isEmpty && isSubset(t, before: j)))
      } else if ["him", "her"].contains(t[j].folded) {
        result.append((j, 1, false))
        break
      } else if t[j].folded == "the", j + 1 < t.count, isSingularPerson(t, at: j + 1) {
        result.append((j, 1, false))
      } else {
        break
      }
      // Past the counted noun to "and"/"," and the next count, if any.
      var k = j + 1
      while k < t.count, k - j <= 4, t[k].folded != "and", t[k - 1].following != "," {
        if cues.injury.contains(t[k].folded) || FatalityExtractor.subsetMarkers.contains(t[k].folded)
          || cues.death.match(t, at: k) != nil || FatalityExtractor.blockers.contains(t[k].folded)
        {
          return result
        }
        k += 1
      }
      let byComma = k < t.count && t[k].folded != "and"
      if k < t.count, t[k].folded == "and" { k += 1 }
      guard k < t.count, k - j <= 5 else { break }
      let continues =
        countValue(t, at: k, excluded, afterKill: true) != nil
        || (t[k].folded == "the" && k + 1 < t.count && isSingularPerson(t, at: k + 1))
        || (cues.hedge.match(t, at: k).map { countValue(t, at: $0.next, excluded, afterKill: true) != nil }
          ?? false)
      guard continues, !(byComma && isSpeaker(t, at: k)) else { break }
      j = k
    }
    return result
  }

  private static let speechVerbs: Set<String> = [
    "said", "says", "told", "reported", "added", "confirmed", "stated", "according", "explained",
  ]

  /// "killing three gendarmes, a security source said": the count after the comma is the
  /// person who tells, not another victim.
  private func isSpeaker(_ t: [TextToken], at k: Int) -> Bool {
    t[(k + 1)..<min(t.count, k + 7)].contains { FatalityExtractor.speechVerbs.contains($0.folded) }
  }

  private func isLeadingHedge(_ t: [TextToken], _ j: Int) -> Bool {
    ["some", "over", "about", "around"].contains(t[j].folded) && j + 1 < t.count && t[j + 1].number != nil
  }

  private func isHedgeTail(_ t: [TextToken], _ k: Int) -> Bool {
    switch t[k].folded {
    case "least", "than", "to", "many", "estimated", "approximately", "about", "around", "nearly": true
    default: false
    }
  }

  private func isSubset(_ t: [TextToken], before j: Int) -> Bool {
    var k = j - 1
    while k >= 0, cues.hedge.match(t, at: k) != nil || isHedgeTail(t, k) { k -= 1 }
    return k >= 0 && FatalityExtractor.subsetMarkers.contains(t[k].folded) && t[k].folded != "of"
  }

  private func skipBackSubsetMarker(_ t: [TextToken], from j: Int) -> Int {
    var k = j
    while k >= 0, !FatalityExtractor.subsetMarkers.contains(t[k].folded) { k -= 1 }
    return k - 1
  }

  /// The head count a token gives, if it is one: a number not part of a date, a year or a
  /// measure; "a"/"one" only before a person noun.
  private func countValue(
    _ t: [TextToken], at j: Int, _ excluded: Set<Int>, afterKill: Bool = false, singularVerb: Bool = false
  ) -> Int? {
    guard !excluded.contains(j), let (value, next) = NumberWords.count(in: t, at: j) else { return nil }
    if t[j].number != nil {
      // Digits are ASCII: the byte count is the length.
      if t[j].text.utf8.count == 4, (1900...2100).contains(value) { return nil }
      if value > 5000 { return nil }
    }
    if next < t.count, cues.notCount.contains(t[next].folded) { return nil }
    if next < t.count, t[next].folded == "of", next + 1 < t.count,
      cues.notCount.contains(t[next + 1].folded)
    {
      return nil
    }
    // "a", "an", "the same": only before someone.
    let word = t[j].folded
    if word == "a" || word == "an", next + 1 < t.count,
      let vague = NumberWords.value(of: t[next].folded, t[next + 1].folded)
    {
      return vague  // "an unknown number of"
    }
    if Self.isVagueCount(word) || t[j].folded == "several" {
      guard next < t.count else { return word == "one" ? value : nil }
      if word == "one", t[next].folded == "of" { return 1 }
      if word == "one" || word == "several" || word == "both" {
        if !isPersonWord(t, at: next, within: 3) && cues.death.match(t, at: next) == nil
          && !["and", "or", "other"].contains(t[next].folded)
        {
          return word == "one" && t[j].following == "," ? 1 : nil
        }
        return value
      }
      // "killed a mechanic", "a nurse was killed": the verb says it is a person.
      if (afterKill || singularVerb) && (word == "a" || word == "an")
        && !cues.notCount.contains(t[next].folded)
      {
        return value
      }
      return isPersonWord(t, at: next, within: 3) ? value : nil
    }
    return value
  }

  /// "a", "an", "one", "single", "lone", "some", "both", "few": a count only before someone.
  /// (Switches instead of array literals, which were built on every call.)
  private static func isVagueCount(_ word: String) -> Bool {
    switch word {
    case "a", "an", "one", "single", "lone", "some", "both", "few": true
    default: false
    }
  }

  private func isPersonWord(_ t: [TextToken], at start: Int, within n: Int) -> Bool {
    var k = start
    while k < min(t.count, start + n) {
      if cues.person.contains(t[k].folded) || actors.index.match(t, at: k) != nil { return true }
      k += 1
    }
    return false
  }

  private func isSingularPerson(_ t: [TextToken], at k: Int) -> Bool {
    var j = k
    while j < min(t.count, k + 3) {
      let w = t[j].folded
      switch w {
      case "people", "men", "women", "children", "police", "villagers":
        return false
      case "man", "woman", "child", "chief", "leader", "commander", "mayor", "imam", "driver", "soldier",
        "gendarme", "teacher", "trader", "herder", "farmer", "boy", "girl", "official", "person",
        "victim", "guard", "officer", "policeman", "owner", "son", "brother", "father", "deputy":
        return true
      default:
        break
      }
      j += 1
    }
    return false
  }

  /// Index of the first aggregate word ("since", "brings"), or `t.count`. A toll "in 2012"
  /// (a whole year) is an aggregate from the sentence start.
  private static let periodLeadWords = WordSet(["in", "during", "throughout"])

  private func firstAggregate(_ t: [TextToken]) -> Int {
    let periodLeadWords = FatalityExtractor.periodLeadWords
    for k in 1..<max(1, t.count) where periodLeadWords.contains(t, at: k - 1) {
      if let year = t[k].number, t[k].text.utf8.count == 4, (1900...2100).contains(year),
        k + 1 >= t.count || DateExtractor.months[t[k + 1].folded] == nil
      {
        return 0
      }
    }
    if cues.aggregateSentence.firstMatch(in: t) != nil { return 0 }
    return cues.aggregate.firstMatch(in: t)?.range.lowerBound ?? t.count
  }
}
