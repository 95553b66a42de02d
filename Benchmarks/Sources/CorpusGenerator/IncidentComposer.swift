/// Writes one incident as a natural sentence and records what it says.
struct IncidentComposer: Sendable {
  let places: PlaceCatalog

  private static let patternWeights = IncidentPattern.all
  private static let vehicles = [
    "passenger bus", "minibus", "truck carrying traders", "civilian vehicle", "horse cart",
    "tanker lorry", "public transport vehicle",
  ]
  private static let numberWords = [
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
  ]

  /// An incident on `day`, dated in the text with `phrase`, or a sentence whose span is filled in
  /// by the caller once it knows where the sentence lands in the report.
  /// - Parameter region: keep the incident in this region (background papers about one region).
  func compose(
    on day: CalendarDay, phrase: DatePhrase, isMainEvent: Bool, in region: String? = nil,
    using rng: inout SplitMix64
  ) -> GeneratedIncident {
    let pattern = rng.pick(weighted: Self.patternWeights)
    let place = region.map { places.randomPlace(in: $0, using: &rng) } ?? places.randomPlace(using: &rng)
    let otherPlace = places.neighbour(of: place, using: &rng)
    let dead = pattern.dead.map { rng.int(in: $0) }
    var actors = pattern.fixedActors
    let jihadist = Self.jihadist(in: place.region, year: day.year, using: &rng)
    var otherJihadist = Self.jihadist(in: place.region, year: day.year, using: &rng)
    if otherJihadist.canonical == jihadist.canonical {
      otherJihadist =
        day.year < 2017
        ? (jihadist.canonical == "MUJAO" ? ("AQIM", "AQIM") : ("MUJAO", "MUJAO"))
        : (jihadist.canonical == "ISGS" ? ("JNIM", "JNIM") : ("ISGS", "Islamic State Sahel Province"))
    }
    let partner = Self.partner(in: day.year, using: &rng)
    let rebels =
      day.year >= 2023
      ? ("Tuareg rebels", "CSP rebels") : ("Tuareg rebels", rng.pick(["CMA fighters", "MNLA rebels"]))
    let militia = rng.pick([("Dozo", "Dozo hunters"), ("Dan Na Ambassagou", "Dan Na Ambassagou militiamen")])
    let count = rng.int(in: 2...15)
    let vehicle = rng.pick(Self.vehicles)
    let deadText = dead.map { Self.deadText($0, using: &rng) } ?? ""

    let sentence = pattern.template.render { slot in
      switch slot {
      case .dateInitial: return phrase.render(day, initial: true)
      case .date: return phrase.render(day, initial: false)
      case .jihadist:
        actors.append(jihadist.canonical)
        return jihadist.text
      case .otherJihadist:
        actors.append(otherJihadist.canonical)
        return otherJihadist.text
      case .partner:
        actors.append(partner.canonical)
        return partner.text
      case .rebels:
        actors.append(rebels.0)
        return rebels.1
      case .militia:
        actors.append(militia.0)
        return militia.1
      case .place: return place.name
      case .otherPlace: return otherPlace.name
      case .region: return place.region
      case .dead: return deadText
      case .count: return String(count)
      case .vehicle: return vehicle
      }
    }
    var seen = Set<String>()
    actors = actors.filter { seen.insert($0).inserted }
    return GeneratedIncident(
      date: day, precision: phrase.precision, place: place, actors: actors,
      eventType: pattern.eventType, fatalities: dead, sentence: sentence, span: 0..<0,
      isMainEvent: isMainEvent)
  }

  /// "9", "at least 9" or "nine".
  private static func deadText(_ n: Int, using rng: inout SplitMix64) -> String {
    let roll = rng.int(in: 0...9)
    if n < numberWords.count, roll < 3 { return numberWords[n] }
    if roll < 6 { return "at least \(n)" }
    return String(n)
  }

  /// A jihadist group plausible for the region and year, as (canonical name, words in the text).
  private static func jihadist(
    in region: String, year: Int, using rng: inout SplitMix64
  ) -> (canonical: String, text: String) {
    let isgsWeight = isgsWeights[region] ?? 1
    let macinaWeight = macinaWeights[region] ?? 0
    if year < 2017 {  // before JNIM's founding merger
      let options: [((String, String), Int)] = [
        (("Ansar Dine", "Ansar Dine"), 4), (("AQIM", "AQIM"), 2), (("MUJAO", "MUJAO"), 2),
        (("Katiba Macina", "Katiba Macina"), year >= 2015 ? macinaWeight : 0),
        (("ISGS", "ISGS"), year >= 2015 ? isgsWeight : 0),
      ].filter { $0.1 > 0 }
      let choice = rng.pick(weighted: options)
      return (choice.0, choice.1)
    }
    let options: [((String, String), Int)] = [
      (("JNIM", "JNIM"), 5),
      (("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"), 2),
      (("JNIM", "al-Qaeda-linked JNIM"), 1),
      (("ISGS", "Islamic State Sahel Province"), isgsWeight),
      (("ISGS", "ISGS"), isgsWeight),
      (("Katiba Macina", "Katiba Macina"), macinaWeight),
    ].filter { $0.1 > 0 }
    let choice = rng.pick(weighted: options)
    return (choice.0, choice.1)
  }

  private static let isgsWeights = ["Ménaka": 6, "Gao": 4]
  private static let macinaWeights = ["Mopti": 3, "Ségou": 3, "San": 2]

  /// The army's foreign partner in a given year.
  private static func partner(
    in year: Int, using rng: inout SplitMix64
  ) -> (canonical: String, text: String) {
    if year < 2022 { return ("France", rng.pick(["French Barkhane forces", "French troops"])) }
    if year < 2024 { return ("Wagner", rng.pick(["Wagner Group fighters", "Russian mercenaries"])) }
    return ("Wagner", rng.pick(["Africa Corps fighters", "Wagner Group fighters"]))
  }
}
