/// Finds the incidents in a parsed report: splits it into sentences, finds the ones that report
/// an event, groups each with the sentences that add to it, and reads date, place, actors,
/// toll and event type from them.
public struct IncidentExtractor: Sendable {
  public let places: PlaceResolver
  public let actorMatcher: ActorMatcher
  public let fatalities: FatalityExtractor
  public let classifier: EventTypeClassifier
  public let hints: RegionHints

  /// The extractor over the bundled tables, built on first use and shared.
  public static let bundled = IncidentExtractor()

  /// An extractor over the bundled gazetteer, actor table and cue words (loaded once).
  public init() {
    self.init(gazetteer: .bundled, actors: .bundled)
  }

  /// An extractor over the given tables.
  public init(
    gazetteer: Gazetteer, actors: ActorTable, classifier: EventTypeClassifier = .bundled,
    fatalityCues: FatalityCues = .bundled, hints: RegionHints = .bundled,
    villages: VillageGazetteer = .bundled, conflictZone: ConflictZone = .bundled
  ) {
    self.hints = hints
    self.places = PlaceResolver(
      gazetteer: gazetteer, actors: actors, hints: hints, villages: villages, conflictZone: conflictZone)
    self.actorMatcher = ActorMatcher(table: actors)
    self.fatalities = FatalityExtractor(cues: fatalityCues, actors: actors)
    self.classifier = classifier
  }

  /// The incidents of `report`, main events first.
  public func extract(from report: Report) -> [Incident] {
    explain(report).map(\.incident)
  }

  /// The incidents of `report` with the words each field came from.
  public func explain(_ report: Report) -> [IncidentEvidence] {
    guard report.kind != .background else { return [] }
    let sentences = readableSentences(of: report)
    guard !sentences.isEmpty else { return [] }
    let allTokens = sentences.map { Tokenizer.tokens(of: $0.text) }
    let anchor = report.dateSource == .fileModified ? latestStatedDate(allTokens, report.date) : nil
    let dates = DateExtractor(reference: report.date, anchor: anchor)
    let analyzed = zip(sentences, allTokens).map { analyze($0, $1, dates) }
    var groups = group(analyzed)
    if groups.isEmpty, let note = shortNoteEvent(analyzed, report) { groups = [note] }
    let effective = leadDate(report, groups)
    groups = withoutRetellings(groups)
    // Place context of the whole report, computed once rather than per incident.
    let mentions = analyzed.map(\.placeMentions)
    let areas = places.mentionedAreas(allTokens, mentions: mentions)
    let wholeReport = groups.isEmpty ? nil : places.reportRegion(allTokens, mentions: mentions, areas: areas)
    var ordinals: [String: Int] = [:]
    var result: [IncidentEvidence] = []
    for group in groups {
      var evidence = build(
        group, report: report, context: allTokens, areas: areas, wholeReport: wholeReport,
        effective: effective)
      let key = TextFolding.key(group.sentences[0].sentence.text)
      let ordinal = ordinals[key, default: 0]
      ordinals[key] = ordinal + 1
      evidence.incident.id = IncidentIdentity.make(path: report.path, key: key, ordinal: ordinal)
      result.append(evidence)
    }
    return result.filter(\.incident.isMainEvent) + result.filter { !$0.incident.isMainEvent }
  }

  // MARK: - Sentences

  private static let skippedSections: Set<String> = [
    "advice", "risks", "risk", "sectors", "sectors or assets affected", "recommendations",
    "recommendation",
  ]

  private func readableSentences(of report: Report) -> [Sentence] {
    var result: [Sentence] = []
    var paragraph = 0
    let title = TextFolding.key(report.title)
    for section in report.sections {
      guard !IncidentExtractor.skippedSections.contains(section.name.lowercased()) else { continue }
      let found = SentenceSplitter.sentences(
        in: String(section.text), offset: section.offset, section: section.name, firstParagraph: paragraph)
      paragraph = (found.last?.paragraph ?? paragraph) + 1
      result += found
    }
    // A headline (the title line without a full stop) repeats the lead event: skip it, unless
    // it is all the report says.
    let isHeadline = { (sentence: Sentence) in
      !title.isEmpty && !sentence.text.hasSuffix(".") && TextFolding.key(sentence.text) == title
    }
    if result.count > 2 { result.removeAll(where: isHeadline) }
    // Grouping compares incidents across the report: bound the work on hostile megabyte files.
    return Array(result.prefix(IncidentExtractor.maxSentences))
  }

  /// Sentences read per report; the rest of a larger file is ignored (no real report comes
  /// near this; a 1 MB file of short sentences would otherwise take quadratic time).
  public static let maxSentences = 2_000

  private func analyze(_ sentence: Sentence, _ tokens: [TextToken], _ dates: DateExtractor)
    -> AnalyzedSentence
  {
    let dateMentions = dates.mentions(in: tokens)
    var excluded: Set<Int> = []
    for mention in dateMentions { excluded.formUnion(mention.tokens) }
    let (scores, words) = classifier.scores(in: tokens, excluding: excluded)
    return AnalyzedSentence(
      sentence: sentence, tokens: tokens, dates: dateMentions,
      actors: actorMatcher.mentions(in: tokens),
      fatality: fatalities.reading(in: tokens, excluding: excluded), cueScores: scores,
      cueWords: words, isHypothetical: (scores[.hypothetical] ?? 0) > 0,
      placeMentions: places.placeMentions(tokens))
  }

  /// When the report's date is only the file time: the latest date the text states with its
  /// year (month or day precision), so yearless dates land near it.
  private func latestStatedDate(_ all: [[TextToken]], _ reference: Day?) -> Day? {
    let explicit = DateExtractor(reference: reference)
    var latest: Day?
    for tokens in all {
      for mention in explicit.mentions(in: tokens) where mention.hasExplicitYear {
        if latest == nil || mention.date.day > latest! { latest = mention.date.day }
      }
    }
    return latest
  }

  // MARK: - Grouping sentences into incidents

  /// The sentences of one incident: the first reports it, the others add to it.
  struct SentenceGroup {
    var sentences: [AnalyzedSentence]
    /// How many of `sentences` report the event themselves (the rest only add details).
    var reporting: Int
  }

  private func group(_ analyzed: [AnalyzedSentence]) -> [SentenceGroup] {
    var groups: [SentenceGroup] = []
    var current: SentenceGroup?
    var currentDate: IncidentDate?
    let quoted = QuotedSpeech.flags(analyzed.map(\.sentence))
    for (index, sentence) in analyzed.enumerated() {
      let date = sentence.eventDate?.date
      // Quoted speech about an event ("“Four people died,” a witness said") and a statement
      // about it ("The army said its units had faced terrorists") retell the incident before
      // it a paragraph later: a detail of it, not another incident.
      if sentence.reportsEvent, var retold = current ?? groups.last,
        current.map({ sentence.sentence.paragraph != $0.sentences.last?.sentence.paragraph }) ?? true,
        quoted[index] || retellsAsSpeech(sentence, retold)
      {
        let retoldDate = retold.sentences.lazy.compactMap(\.eventDate).first?.date
        if date == nil || retoldDate == nil || date == retoldDate {
          if current == nil { groups.removeLast() }
          retold.sentences.append(sentence)
          current = retold
          currentDate = retoldDate
          continue
        }
      }
      if sentence.reportsEvent {
        if var open = current {
          let sameDay =
            date == nil || date == currentDate
            || (currentDate == nil && sentence.sentence.paragraph == open.sentences[0].sentence.paragraph)
          let sameSection = open.sentences[0].sentence.section == sentence.sentence.section
          if sameDay && sameSection && isContinuation(sentence, of: open) {
            open.sentences.append(sentence)
            open.reporting += 1
            current = open
            if currentDate == nil { currentDate = date }
            continue
          }
          groups.append(open)
        }
        guard isSpecific(sentence, first: groups.isEmpty) else {
          current = nil
          currentDate = nil
          continue
        }
        current = SentenceGroup(sentences: [sentence], reporting: 1)
        currentDate = date
      } else if var open = current {
        // A detail sentence in the same paragraph, not about another day, or a statement about
        // the same day ("JNIM said its fighters struck the school on 17 September").
        if sentence.sentence.paragraph == open.sentences[0].sentence.paragraph
          && (date == nil || currentDate == nil || date == currentDate)
          || (date != nil && date == currentDate && isAttributedSpeech(sentence))
        {
          open.sentences.append(sentence)
          current = open
        } else {
          groups.append(open)
          current = nil
          currentDate = nil
        }
      }
    }
    if let open = current { groups.append(open) }
    return groups
  }

  /// Attributed speech ("the army said", "a resident told AFP", "according to …") that names
  /// no place the incident has not named already.
  private func retellsAsSpeech(_ sentence: AnalyzedSentence, _ group: SentenceGroup) -> Bool {
    guard isAttributedSpeech(sentence) else { return false }
    let named = places.placeMentions(sentence.tokens)
    guard !named.isEmpty else { return true }
    let known = Set(group.sentences.flatMap { places.placeMentions($0.tokens).map(\.name) })
    return named.allSatisfy { known.contains($0.name) }
  }

  /// "said", "told", "according to": words someone said.
  private func isAttributedSpeech(_ sentence: AnalyzedSentence) -> Bool {
    // Index loops: `contains(where:)` and `zip` copied every token (two strings retained).
    let t = sentence.tokens
    for k in t.indices where IncidentExtractor.speechWords.contains(t[k]) { return true }
    for k in t.indices.dropFirst() where t[k - 1].folded == "according" && t[k].folded == "to" { return true }
    return false
  }

  private static let speechWords = WordSet([
    "said", "says", "told", "tells", "stated", "added", "explained", "recalled", "recounted",
  ])

  /// Drops incidents that retell another of the same report: the lead under an alert's title
  /// ("Explosive device hits a vehicle on Nov. 17; four killed") when the Event section tells
  /// the same day and toll in full, and a later undated, toll-less sentence that goes on about
  /// an incident already open ("No group has claimed the attack, but JNIM …").
  private func withoutRetellings(_ groups: [SentenceGroup]) -> [SentenceGroup] {
    let day = { (group: SentenceGroup) in group.sentences.lazy.compactMap(\.eventDate).first?.date }
    let toll = { (group: SentenceGroup) in group.sentences.lazy.compactMap(\.fatality).first?.count }
    let section = { (group: SentenceGroup) in group.sentences[0].sentence.section }
    var merged = groups
    var dropped: Set<Int> = []
    for (index, lead) in groups.enumerated() where section(lead).isEmpty {
      guard let leadDay = day(lead),
        let full = groups.indices.first(where: {
          $0 != index && !section(groups[$0]).isEmpty && day(groups[$0]) == leadDay
            && IncidentGrouper.tollsAgree(toll(groups[$0]), toll(lead))
        })
      else { continue }
      // The lead's words back the full telling (its toll when the Event section gives none).
      merged[full].sentences += lead.sentences
      dropped.insert(index)
    }
    var kept: [SentenceGroup] = []
    for (index, group) in merged.enumerated() where !dropped.contains(index) {
      let followUp =
        !kept.isEmpty && day(group) == nil && toll(group) == nil
        && group.sentences[0].sentence.paragraph > kept[0].sentences[0].sentence.paragraph
      if !followUp { kept.append(group) }
    }
    return kept
  }

  /// A short dated note (a few sentences under a date line) tells of one event even when its
  /// trigger word is weak: its first sentence with an actor, a toll or any cue ("took place"
  /// counts). A sentence that only names a place ("Travel guidance for Gao reviewed") is none.
  private func shortNoteEvent(_ analyzed: [AnalyzedSentence], _ report: Report) -> SentenceGroup? {
    guard report.kind == .news, let source = report.dateSource, source != .fileModified, analyzed.count <= 6
    else { return nil }
    guard
      let index = analyzed.firstIndex(where: {
        !$0.isHypothetical
          && (!$0.actors.isEmpty || $0.fatality != nil || $0.triggerStrength > 0
            || $0.cueScores[.occurrence] != nil)
      })
    else { return nil }
    let paragraph = analyzed[index].sentence.paragraph
    let rest = analyzed[(index + 1)...].prefix { $0.sentence.paragraph == paragraph }
    return SentenceGroup(sentences: [analyzed[index]] + rest, reporting: 1)
  }

  /// Whether an event sentence continues the open incident rather than starting another.
  private func isContinuation(_ sentence: AnalyzedSentence, of group: SentenceGroup) -> Bool {
    let lastParagraph = group.sentences.last?.sentence.paragraph ?? -1
    if sentence.sentence.paragraph == group.sentences[0].sentence.paragraph
      || sentence.sentence.paragraph == lastParagraph
    {
      return true
    }
    if sentence.eventDate != nil { return false }
    // "The ambush, …", "This attack …": the next paragraph goes on about the same event.
    let t = sentence.tokens
    if t.count >= 2, ["the", "this", "that"].contains(t[0].folded),
      classifier.cues.match(t, at: 1) != nil
        || ["incident", "operation", "event", "toll", "death", "victims"].contains(t[1].folded)
    {
      return true
    }
    // A sentence with no place or named group of its own (an eyewitness account, a detail)
    // goes on about the incident before it.
    let named = sentence.actors.contains { [.jihadist, .rebel, .progov, .militia].contains($0.actorClass) }
    return !named && places.placeMentions(t).isEmpty && places.regionMentions(t).isEmpty
  }

  /// A sentence that can start an incident: the first event of the report, or one with its own
  /// date, toll or actor; generic statements ("attacks have increased") are not incidents.
  private func isSpecific(_ sentence: AnalyzedSentence, first: Bool) -> Bool {
    if sentence.eventDate != nil || sentence.fatality != nil { return true }
    if IncidentExtractor.contextSections.contains(sentence.sentence.section.lowercased()) { return false }
    return first || !sentence.actors.isEmpty
  }

  /// The date main events are measured against: the lead incident's own date when the text
  /// gives one, else the stated report date, else (file time only) the latest event date.
  private func leadDate(_ report: Report, _ groups: [SentenceGroup]) -> Day? {
    if let lead = groups.first?.sentences.lazy.compactMap(\.eventDate).first, lead.date.precision == .day {
      return lead.date.day
    }
    guard report.dateSource == .fileModified else { return report.date }
    let latest = groups.compactMap { $0.sentences.lazy.compactMap(\.eventDate).first?.date.day }.max()
    return latest ?? report.date
  }

  // MARK: - Building an incident

  private func build(
    _ group: SentenceGroup, report: Report, context: [[TextToken]], areas: ReportAreas,
    wholeReport: PlaceResolution?, effective: Day?
  ) -> IncidentEvidence {
    let reporting = Array(group.sentences.prefix(group.reporting))
    let first = group.sentences[0]

    // Date: the first event date, else the report's own date.
    var date: IncidentDate?
    var dateWords: String?
    // With no date line, the report's date is the file time: a date it stands in for, or a
    // yearless date placed by it, is a guess and says so.
    let undatedReport = report.dateSource == .fileModified
    var isDateInferred = false
    if let mention = group.sentences.lazy.compactMap(\.eventDate).first {
      date = mention.date
      dateWords = mention.phrase
      isDateInferred = undatedReport && !mention.hasExplicitYear
      if isDateInferred { dateWords! += " (year not stated: inferred from the file time)" }
    } else if let day = report.date {
      date = IncidentDate(day: day)
      dateWords = "no date in the sentence: the report's date (\(report.dateSource?.rawValue ?? "?"))"
      isDateInferred = undatedReport
    }

    // Place.
    let ownTokens = group.sentences.map(\.tokens)
    var place = places.resolve(
      sentences: ownTokens, mentions: group.sentences.map(\.placeMentions), context: context, areas: areas)
    // A village the incident's own sentences place it in, when no known place is named as the
    // place (only as a destination or origin, or not at all), or when a coder's note files the
    // event under the village ("coded as X").
    let mayBeCoded = !place.isCoded && ownTokens.contains { $0.contains { $0.folded == "coded" } }
    if place.region == nil || place.isDestinationOnly || mayBeCoded,
      let village = places.villageMention(in: ownTokens, areas: areas),
      place.region == nil || place.isDestinationOnly || village.isCoded
    {
      place = village
    }
    // A place named only as a destination ("fighters from Ké-Macina") yields to one another
    // sentence of the report names as the place, unless both are in the same region.
    if let whole = wholeReport,
      place.region == nil
        || (place.isDestinationOnly && !whole.isDestinationOnly && whole.region != place.region)
    {
      if place.location == nil || place.isDestinationOnly { place.location = whole.location }
      place.region = whole.region
      place.evidence = whole.evidence.map { "elsewhere in the report: \($0)" }
    }
    if place.region == nil, let village = places.villageMention(in: context, areas: areas) {
      place = village
      place.evidence = village.evidence.map { "elsewhere in the report: \($0)" }
    }
    if place.region == nil, let hint = hints.hint(in: ownTokens + context) {
      place.region = hint.region
      place.evidence = "no place named; a hint: \(hint.words)"
    }

    // Toll.
    let (fatalityCount, fatalityWords) = toll(group.sentences)

    // Actors and event type.
    var mentions = actorMentions(reporting, details: Array(group.sentences.dropFirst(group.reporting)))
    var scores: [EventCue.Code: Int] = [:]
    for (code, weight) in first.cueScores { scores[code, default: 0] += weight }
    for extra in reporting.dropFirst() {
      // A later sentence that tells of fighting back ("the village guards repelled them") or
      // names a coding label counts in full; other cues count half.
      for (code, weight) in extra.cueScores {
        scores[code, default: 0] += [.ground, .clash, .label].contains(code) ? weight : weight / 2
      }
    }
    // Attackers who died were fought back: two armed sides.
    if reporting.contains(where: { EventTypeClassifier.attackersDied(in: $0.tokens) }) {
      scores[.ground, default: 0] += 3
    }
    let victims = Set(reporting.flatMap(victimClasses))
    let eventType = classifier.classify(
      scores: scores, actors: mentions.map(\.actorClass), fatalities: fatalityCount,
      victims: victims)
    let namesGovernment = mentions.contains { $0.actorClass == .government }
    mentions = completeActors(mentions, for: eventType, scores: scores)
    // Protests, riots and acts of government with no place named happen in the capital.
    if place.region == nil, [.protests, .riots].contains(eventType) || namesGovernment {
      place.region = Region("Bamako")
      place.evidence =
        "no place named: a \(eventType?.rawValue.lowercased() ?? "government act") in the capital"
    }
    var names: [String] = []
    for mention in mentions where !names.contains(mention.name) { names.append(mention.name) }

    // Main or background.
    let (isMain, mainReason) = mainStatus(date, first, effective: effective, reportDate: report.date)

    let incident = Incident(
      id: IncidentID(report.path), date: date, region: place.region, location: place.location,
      actors: Array(names.prefix(3)), eventType: eventType, fatalities: fatalityCount,
      summary: IncidentExtractor.summary(first.sentence.text), source: report.path,
      sourceText: first.sentence.text, span: first.sentence.span, isMainEvent: isMain,
      isDateInferred: isDateInferred)
    return IncidentEvidence(
      incident: incident, dateWords: dateWords, regionWords: place.evidence,
      actorWords: mentions.map { "\($0.name) ← \($0.phrase)" }, fatalityWords: fatalityWords,
      eventWords: group.sentences.flatMap(\.cueWords), mainReason: mainReason)
  }

  /// The classes of those an event hit: the actor named right after an attacking or killing
  /// word ("ambushed an army patrol", "killing six civilians") or right before a passive one
  /// ("two soldiers were killed").
  private func victimClasses(_ sentence: AnalyzedSentence) -> [ActorClass] {
    let t = sentence.tokens
    var result: [ActorClass] = []
    for k in t.indices where IncidentExtractor.attackWords.contains(t[k]) {
      let passive = k > 0 && ["was", "were", "been", "being"].contains(t[k - 1].folded)
      // "gunmen shot dead three vendors": "dead" follows an active verb, the actor before it
      // is the attacker.
      let activeResult =
        k >= 1 && IncidentExtractor.resultWords.contains(t[k]) && t[k - 1].folded == "shot"
        && !(k >= 2 && ["was", "were", "been", "being"].contains(t[k - 2].folded))
      if activeResult { continue }
      if passive || IncidentExtractor.resultWords.contains(t[k]) {
        if let before = sentence.actors.last(where: {
          $0.tokens.upperBound <= k && $0.tokens.upperBound >= k - 5
        }) {
          result.append(before.actorClass)
        }
      }
      let window = (k + 1)..<min(t.count, k + 5)
      if !passive, t[k].following != ",",
        let noun = window.first(where: { IncidentExtractor.peopleWords.contains(t[$0]) }),
        !sentence.actors.contains(where: { $0.tokens.contains(noun) && $0.actorClass.isArmed })
      {
        result.append(.civilians)
      }
      if passive || IncidentExtractor.resultWords.contains(t[k]),
        let noun = (max(0, k - 4)..<k).first(where: { IncidentExtractor.peopleWords.contains(t[$0]) }),
        !sentence.actors.contains(where: { $0.tokens.contains(noun) && $0.actorClass.isArmed })
      {
        result.append(.civilians)
      }
      if !passive, t[k].following != ",",
        let after = sentence.actors.first(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 6 }
        ),
        !t[(k + 1)..<after.tokens.lowerBound].contains(where: {
          IncidentExtractor.clauseWords.contains($0)
        })
      {
        result.append(after.actorClass)
      }
    }
    return result
  }

  private static let attackWords = WordSet([
    "attacked", "attack", "attacking", "ambushed", "ambushing", "targeted", "targeting", "killed", "killing",
    "kill", "assassinated", "executed", "abducted", "kidnapped", "shot", "murdered", "massacred", "dead",
    "died", "wounded", "injured", "raided", "stormed", "struck", "hit", "fired", "against",
  ])
  private static let resultWords = WordSet(["dead", "died"])
  /// Unarmed people named as victims ("killing 12 individuals").
  private static let peopleWords = WordSet([
    "people", "persons", "person", "individuals", "individual", "men", "man", "women", "woman", "children",
    "child", "elders", "elder", "boy", "girl", "boys", "girls", "youths", "shopkeeper", "scholar", "imam",
    "chief", "notable", "notables", "family", "relatives", "trader", "traders", "herder", "herders",
    "shepherd", "farmer", "farmers", "villager", "villagers", "civilian", "civilians", "passengers",
    "worshippers", "students", "student", "teacher", "teachers", "merchant", "merchants", "driver",
    "drivers", "captives", "hostages", "hostage", "prisoners", "agent", "agents", "official", "officials",
    "mayor", "councillor", "marketgoers", "residents", "inhabitants", "nurse", "doctor", "journalist",
    "vendor", "vendors", "businessman", "businessmen", "miner", "miners", "worker", "workers", "employee",
    "employees", "healer", "activist", "herdsman", "herdsmen", "pastoralist", "pastoralists", "youth",
    "fishermen", "fisherman", "pilgrims", "couple", "wife", "husband", "son", "daughter", "brother",
    "father", "cleric", "marabout", "shopkeepers", "relative", "talibe", "contractor", "contractors",
  ])
  private static let clauseWords = WordSet(["by", "and", "while", "when", "after", "as", "in", "with"])

  /// The toll: the first sentence that states one, plus later ones that add victims ("also",
  /// "another"); cumulative tolls are left out; a stated "no casualties" gives 0.
  private func toll(_ sentences: [AnalyzedSentence]) -> (Int?, String?) {
    var total: Int?
    var words: [String] = []
    var zero: String?
    for sentence in sentences {
      guard let reading = sentence.fatality, !reading.isAggregate else { continue }
      if reading.count == 0 {
        zero = zero ?? reading.phrase
        continue
      }
      if total == nil {
        total = reading.count
        words.append(reading.phrase)
      } else if sentence.tokens.contains(where: { IncidentExtractor.addingWords.contains($0) }) {
        total! += reading.count
        words.append(reading.phrase)
      }
    }
    if let total { return (total, words.joined(separator: "; ")) }
    if let zero { return (0, zero) }
    return (nil, nil)
  }

  /// Sections that give background rather than news.
  static let contextSections: Set<String> = [
    "context", "background", "significance", "what you need to know", "analysis", "assessment",
  ]

  private static let addingWords = WordSet(["also", "another", "additional", "further", "other"])

  /// The actors of the reporting sentences, then of the detail sentences; qualifiers and
  /// generic names dropped when a specific one says the same.
  private func actorMentions(_ reporting: [AnalyzedSentence], details: [AnalyzedSentence])
    -> [ActorMention]
  {
    // "No group has claimed the attack; JNIM and IS have planted mines here before": groups a
    // later sentence names beside a denied claim are suspects, not actors of this incident.
    let suspects = { (sentence: AnalyzedSentence) in
      sentence.sentence.span != reporting.first?.sentence.span
        && IncidentExtractor.deniesAClaim(sentence.tokens)
    }
    var all = reporting.flatMap { sentence in
      suspects(sentence)
        ? sentence.actors.filter { !$0.actorClass.isArmed || $0.actorClass == .state } : sentence.actors
    }
    // Detail sentences add named armed groups ("JNIM claimed the attack").
    all += details.filter { !suspects($0) }.flatMap(\.actors).filter {
      $0.actorClass == .jihadist || $0.actorClass == .rebel
    }
    let named = all.filter {
      !$0.isQualifier && [.jihadist, .rebel, .militia, .progov].contains($0.actorClass)
    }
    var kept = all.filter { mention in
      if mention.isQualifier && !named.isEmpty && !named.contains(where: { $0.name == mention.name }) {
        return false
      }
      if mention.actorClass == .unidentified && named.contains(where: { $0.actorClass != .militia }) {
        return false
      }
      return true
    }
    if kept.isEmpty { kept = all }
    return kept
  }

  /// True for "no group has claimed", "nobody claimed", "the attack was not claimed", "unclaimed".
  static func deniesAClaim(_ tokens: [TextToken]) -> Bool {
    if tokens.contains(where: { $0.folded == "unclaimed" }) { return true }
    guard let claimed = tokens.firstIndex(where: { $0.folded == "claimed" || $0.folded == "claim" }) else {
      return false
    }
    return tokens[max(0, claimed - 4)..<claimed].contains {
      ["no", "not", "nobody", "none"].contains($0.folded)
    }
  }

  /// Adds the actor ACLED always codes for a type: civilians for violence against civilians,
  /// protesters for protests, rioters for riots, an unidentified group for an unclaimed bomb.
  private func completeActors(
    _ mentions: [ActorMention], for type: EventType?, scores: [EventCue.Code: Int]
  ) -> [ActorMention] {
    var result = mentions
    let classes = Set(mentions.map(\.actorClass))
    func add(_ name: String, _ actorClass: ActorClass) {
      result.append(
        ActorMention(
          name: name, actorClass: actorClass, tokens: 0..<0, phrase: "implied by the event type",
          isQualifier: false))
    }
    let stateSide: Set<ActorClass> = [.state, .foreign, .un]
    let nonState: Set<ActorClass> = [.jihadist, .unidentified, .rebel, .militia, .progov]
    switch type {
    case .violenceAgainstCivilians:
      // The perpetrators and the civilians: a non-state armed group if one is named (forces
      // named beside it are mostly its targets or bystanders), else the forces.
      let perpetrators: Set<ActorClass> = classes.isDisjoint(with: nonState) ? stateSide : nonState
      result.removeAll { !perpetrators.contains($0.actorClass) && $0.actorClass != .civilians }
      if !classes.contains(.civilians) { add("Civilians", .civilians) }
      if !result.contains(where: { $0.actorClass.isArmed }) { add("Unidentified armed group", .unidentified) }
    case .protests:
      // The protesters, and the forces only when they stepped in.
      let intervened =
        (scores[.violent] ?? 0) > 0 || (scores[.strategic] ?? 0) > 0
        || (scores[.ground] ?? 0) + (scores[.clash] ?? 0) > 0
      result.removeAll { $0.actorClass != .protesters && !(intervened && stateSide.contains($0.actorClass)) }
      if !classes.contains(.protesters) { add("Protesters", .protesters) }
    case .riots:
      result.removeAll { ![.rioters, .protesters, .state, .foreign, .un].contains($0.actorClass) }
      if !classes.contains(.rioters) && !classes.contains(.protesters) { add("Rioters", .rioters) }
    case .explosionsRemoteViolence:
      let perpetrators: Set<ActorClass> = [.jihadist, .unidentified, .rebel, .militia]
      let airStrike =
        (scores[.remote] ?? 0) >= 5 && classes.contains(where: { $0 == .state || $0 == .foreign })
      result.removeAll { $0.actorClass == .government }
      if classes.isDisjoint(with: perpetrators) && !airStrike {
        add("Unidentified armed group", .unidentified)
      }
    case .battles:
      let hadCivilians = classes.contains(.civilians)
      result.removeAll { $0.actorClass == .civilians || $0.actorClass == .government }
      if result.isEmpty && hadCivilians {
        // Villagers fighting villagers: communal militias.
        add("Communal militia", .militia)
      } else if !result.isEmpty, result.allSatisfy({ stateSide.contains($0.actorClass) }) {
        add("Unidentified armed group", .unidentified)
      }
    default:
      break
    }
    return result
  }

  /// Main when the incident is dated near the lead event (within a week before it, or the same
  /// month for a month-only date); background when it is older or told in a context section.
  private func mainStatus(
    _ date: IncidentDate?, _ first: AnalyzedSentence, effective: Day?, reportDate: Day?
  ) -> (Bool, String) {
    if IncidentExtractor.contextSections.contains(first.sentence.section.lowercased()) {
      return (false, "told in the \(first.sentence.section) section")
    }
    guard let date, let effective, let mention = first.eventDate else {
      return (true, "an event sentence of the report, dated by the report")
    }
    if mention.hasExplicitYear, let reportDay = reportDate, date.day.days(to: reportDay) > 400 {
      return (false, "a past event: \(mention.phrase) is long before the report")
    }
    let age = date.day.days(to: effective)
    let sameMonth = date.day.year == effective.year && date.day.month == effective.month
    if date.precision == .day ? age <= 7 : sameMonth {
      return (true, "dated \(max(0, age)) days before the lead event")
    }
    return (false, "an earlier event (\(age) days before the lead event)")
  }

  /// The sentence, trimmed to about 200 characters at a word boundary.
  static func summary(_ text: String) -> String {
    FastSummary.summary(text) ?? characterSummary(text)
  }

  /// ``summary(_:)`` walking `Character`s: correct for any text.
  static func characterSummary(_ text: String) -> String {
    var words = text.split(whereSeparator: \.isWhitespace)
    // A list item's marker ("- ", "* ", "• ") is no part of what happened.
    while let first = words.first, ["-", "*", "•", "–"].contains(first) { words.removeFirst() }
    let single = words.joined(separator: " ")
    // At most 200 bytes is at most 200 characters: no need to count them.
    guard single.utf8.count > 200, single.count > 200 else { return single }
    let cut = single.prefix(200)
    let end = cut.lastIndex(of: " ") ?? cut.endIndex
    return String(cut[..<end]) + "…"
  }
}
