/// One way an incident is written: its event type, the actors it always involves, the range of
/// deaths it reports (nil: no figure given) and the sentence pattern.
struct IncidentPattern: Sendable {
  let eventType: String
  /// Canonical actors named by fixed words of the pattern ("Malian troops" → FAMa).
  let fixedActors: [String]
  let dead: ClosedRange<Int>?
  let template: SentenceTemplate

  init(_ eventType: String, _ fixedActors: [String], _ dead: ClosedRange<Int>?, _ pattern: String) {
    self.eventType = eventType
    self.fixedActors = fixedActors
    self.dead = dead
    self.template = SentenceTemplate(pattern)
  }

  static let battles = "Battles"
  static let explosions = "Explosions/Remote violence"
  static let civilians = "Violence against civilians"
  static let protests = "Protests"
  static let riots = "Riots"
  static let strategic = "Strategic developments"

  /// All patterns with their relative frequency.
  static let all: [(IncidentPattern, Int)] = [
    (
      IncidentPattern(
        battles, ["FAMa"], 2...25,
        "{ON}, suspected {J} militants ambushed a FAMa convoy near {P}, {R} region, killing {N} soldiers."
      ), 6
    ),
    (
      IncidentPattern(
        battles, ["FAMa"], 3...40,
        "{ON}, Malian troops and {W} clashed with {REB} near {P} in {R} region; {N} combatants were reported killed."
      ), 3
    ),
    (
      IncidentPattern(
        battles, ["FAMa"], 2...30,
        "Fighters of {J} attacked the army post at {P}, {R} region, {on}, and {N} soldiers died in the fighting."
      ), 5
    ),
    (
      IncidentPattern(
        battles, [], 2...20,
        "{ON}, {MIL} fought {J} fighters around {P} ({R} region), leaving {N} people dead."
      ), 3
    ),
    (
      IncidentPattern(
        battles, ["FAMa"], 3...40,
        "{ON}, the army said it had repelled an attack by {J} on its camp in {P}, {R} region, and killed {N} assailants."
      ), 3
    ),
    (
      IncidentPattern(
        battles, [], nil,
        "Heavy fighting broke out {on} between {J} and {J2} near {P}, {R} region, according to residents."
      ), 2
    ),
    (
      IncidentPattern(
        explosions, ["Civilians"], 2...12,
        "{ON}, a {V} struck an improvised explosive device on the road between {P} and {P2}, {R} region, killing {N} passengers."
      ), 5
    ),
    (
      IncidentPattern(
        explosions, ["FAMa", "Civilians"], 2...30,
        "A Malian army drone strike {on} hit a gathering in {P}, {R} region, killing {N} people, according to local sources."
      ), 4
    ),
    (
      IncidentPattern(
        explosions, ["FAMa"], 2...10,
        "{ON}, mortar shells fired by {J} landed inside the military camp at {P}, {R} region; {N} soldiers were killed."
      ), 3
    ),
    (
      IncidentPattern(
        explosions, ["Civilians"], nil,
        "{ON}, an explosive device hidden on a motorbike went off at the weekly market in {P}, {R} region, wounding several people."
      ), 2
    ),
    (
      IncidentPattern(
        explosions, ["FAMa"], 2...8,
        "A military convoy hit a landmine {on} near {P}, {R} region, and {N} soldiers were killed."
      ), 3
    ),
    (
      IncidentPattern(
        civilians, ["Civilians"], 2...60,
        "{ON}, suspected {J} militants raided the village of {P} in {R} region and killed {N} civilians, residents said."
      ), 6
    ),
    (
      IncidentPattern(
        civilians, ["Civilians"], 2...40,
        "Gunmen believed to belong to {J} executed {N} villagers in {P}, {R} region, {on}."
      ), 3
    ),
    (
      IncidentPattern(
        civilians, ["FAMa", "Civilians"], 2...30,
        "{ON}, soldiers and {W} detained and killed {N} herders near {P}, {R} region, according to human rights groups."
      ), 3
    ),
    (
      IncidentPattern(
        civilians, ["Unidentified armed group", "Civilians"], nil,
        "{ON}, armed men abducted {K} traders on the road out of {P}, {R} region."
      ), 2
    ),
    (
      IncidentPattern(
        civilians, ["Civilians"], 2...35,
        "{ON}, {MIL} attacked the hamlet of {P}, {R} region, killing {N} people and burning granaries."
      ), 2
    ),
    (
      IncidentPattern(
        protests, ["Protesters"], nil,
        "{ON}, several hundred residents of {P}, {R} region, marched peacefully to demand better protection from the army."
      ), 2
    ),
    (
      IncidentPattern(
        protests, ["Protesters"], nil,
        "Traders in {P} ({R} region) held a protest {on} against fuel shortages caused by the blockade."
      ), 1
    ),
    (
      IncidentPattern(
        protests, ["Protesters"], nil,
        "{ON}, students in {P}, {R} region, demonstrated against the closure of their schools."
      ), 1
    ),
    (
      IncidentPattern(
        riots, ["Rioters", "Police"], 2...5,
        "{ON}, young people in {P}, {R} region, set up barricades and burned tyres after a local leader was arrested; {N} people died when the police fired on the crowd."
      ), 1
    ),
    (
      IncidentPattern(
        riots, ["Rioters"], nil,
        "{ON}, an angry crowd ransacked the town hall in {P}, {R} region, after a dispute over land."
      ), 1
    ),
    (
      IncidentPattern(
        strategic, [], nil,
        "{ON}, {J} imposed a blockade on {P}, {R} region, cutting the town off from its supply routes."
      ), 2
    ),
    (
      IncidentPattern(
        strategic, ["FAMa"], nil,
        "{ON}, Malian troops and {W} entered {P}, {R} region, after the rebels withdrew without a fight."
      ), 1
    ),
    (
      IncidentPattern(
        strategic, ["FAMa"], nil,
        "The army announced {on} that it had set up a new base in {P}, {R} region."
      ), 1
    ),
    (
      IncidentPattern(
        strategic, [], nil,
        "{ON}, {J} fighters preached in the main mosque of {P}, {R} region, and told residents to stop cooperating with the army."
      ), 1
    ),
  ]
}
