/// Sentences without incidents that give reports their realistic bulk: context, advice,
/// significance, history. Slots as in ``SentenceTemplate``.
enum FillerText {
  static let context = templates([
    "The road between {P} and {P2} has been cut several times since the start of the rainy season.",
    "Humanitarian agencies say more than {K},000 people have fled to {P} in recent months.",
    "Local officials said the attackers arrived on motorbikes and left before reinforcements came.",
    "Mobile phone networks in {R} region have been cut for several days, making it hard to confirm casualty figures.",
    "The army has stepped up patrols along the main road, but travel remains dangerous.",
    "Schools in the area have been closed since armed groups threatened teachers.",
    "Prices of rice and fuel in {P} have doubled since the blockade began.",
    "The authorities have declared a curfew from 8 pm to 6 am around {P}.",
    "Community leaders called for talks between local militias and the armed groups operating nearby.",
    "Residents say they no longer farm fields more than a few kilometres from the town.",
    "Aid convoys need armed escorts and have waited at checkpoints for days.",
    "The military government in Bamako has promised to restore state authority across the north and centre.",
    "Violence has spread from the north towards the centre and south of the country over the past decade.",
    "Gold mining sites in {R} region are a source of revenue for armed groups.",
    "Displacement camps around {P} are overcrowded and short of water.",
    "Armed groups collect zakat from herders and farmers in the villages around {P}.",
    "The weekly market at {P} has not been held for several weeks.",
    "Under the 2023 territorial reform several cercles became regions in their own right.",
    "Radio stations in {P} have stopped broadcasting after threats against their staff.",
    "Fuel trucks heading to {P} have been set on fire on several occasions this year.",
    "Herders have moved their cattle south earlier than usual to avoid the fighting.",
    "Health centres in the cercle work with a fraction of their staff.",
    "The regional governor visited {P} and promised reinforcements.",
    "Several bridges on the road to {P2} were damaged by explosives last year.",
    "Armed groups have banned music and weddings in some villages near {P}.",
    "Many families have sent their children to relatives in Bamako or Ségou.",
    "Food distributions planned for {P} were postponed for security reasons.",
    "The authorities have not published casualty figures for the area since the start of the year.",
    "Satellite images show burned compounds in several villages around {P}.",
    "Boat traffic on the river near {P} has been suspended after attacks on passengers.",
  ])

  static let advice = templates([
    "Avoid non-essential travel to {P} and the surrounding area.",
    "Travel only in daylight, with security escorts, and keep to main roads.",
    "Monitor local media and official channels for updates.",
    "Expect delays at checkpoints on roads in {R} region.",
    "Maintain a low profile and vary routes and timings.",
    "Make sure contingency plans allow for a sudden deterioration in security.",
    "Do not stop near bridges, culverts or abandoned vehicles.",
    "Keep communications equipment charged and carry a satellite phone where possible.",
  ])

  static let significance = templates([
    "The attack shows that armed groups can still strike at will in {R} region.",
    "Further attacks on convoys on the roads around {P} are likely in the coming weeks.",
    "Civilian deaths are deepening hostility towards the authorities among local communities.",
    "The army's reliance on drones has made travel by vehicle dangerous across the area.",
    "A lull in attacks would more likely reflect the rainy season than a change of strategy.",
    "The incident fits a pattern of pressure on towns that refuse to negotiate with armed groups.",
    "Supply routes to {P} will remain vulnerable while the blockade lasts.",
  ])

  static let history = templates([
    "The state withdrew from much of the countryside around {P} during this period.",
    "Local conflicts over land and water were drawn into the wider insurgency.",
    "Self-defence militias formed in many villages of {R} region, often along ethnic lines.",
    "International forces concentrated on the main towns, leaving rural areas to armed groups.",
    "Peace talks produced local agreements that rarely lasted more than a few months.",
    "Displacement grew steadily as fighting reached the farming areas south of {P}.",
    "Armed groups taxed trade and herding routes and settled disputes in their own courts.",
    "The national army rebuilt its forces with new recruits and foreign equipment.",
  ])

  static let headings = [
    "Origins of the conflict", "The spread of armed groups", "Militias and self-defence",
    "Foreign forces", "Negotiations and local agreements", "The humanitarian toll",
    "Recent developments", "Outlook",
  ]

  static let risks = [
    "Death and injury", "Kidnapping", "Civil unrest", "Disruption to travel", "Supply shortages",
    "Diplomatic tension", "Crime", "Damage to property",
  ]

  static let sectors = [
    "Individuals", "Transport", "Humanitarian operations", "Mining", "Agriculture",
    "Government facilities", "Health facilities", "Cross-border trade", "Telecommunications",
    "Education",
  ]

  private static func templates(_ patterns: [String]) -> [SentenceTemplate] {
    patterns.map(SentenceTemplate.init)
  }
}
