/// Report texts written for these tests, in the alert format, with a different place and
/// toll per number so that every file yields different incidents.
enum SyntheticReport {
  static let places = [
    ("Gao", "Ansongo"), ("Mopti", "Douentza"), ("Kidal", "Tessalit"), ("Ménaka", "Anderamboukane"),
    ("Ségou", "Niono"), ("Timbuktu", "Léré"), ("Sikasso", "Kadiolo"),
  ]

  /// An alert about an attack near a town, dated in October 2024.
  static func alert(_ number: Int, extra: String = "") -> String {
    let (region, town) = places[number % places.count]
    let day = 1 + number % 28
    return """
      \(day) Oct 2024 | 08:15 AM UTC
      Mali: Attack near \(town), \(region) region, Oct. \(day)
      Armed men attack a checkpoint near \(town) on Oct. \(day); \(2 + number % 9) soldiers killed.
      Event
      Armed men on motorbikes attacked a gendarmerie checkpoint near \(town) in \(region) region \
      on Oct. \(day), killing \(2 + number % 9) soldiers, local sources said. Report number \(number).
      \(extra)
      Context
      Checkpoints on the roads around \(town) have been targeted several times this year.
      Advice
      Avoid road travel near \(town) after dark.

      """
  }

  /// A second incident sentence to append to an alert's Event section.
  static func secondIncident(_ number: Int) -> String {
    let (region, town) = places[(number + 3) % places.count]
    return "A day later, an explosive device killed \(1 + number % 5) civilians near \(town), "
      + "\(region) region."
  }

  /// A short news note (one incident sentence), for tests that write many files.
  static func note(_ number: Int) -> String {
    let (region, town) = places[number % places.count]
    return "Mali: clash near \(town)\n\(1 + number % 28) Oct 2024\n\n"
      + "Gunmen killed \(1 + number % 6) villagers near \(town), \(region) region. Note \(number).\n"
  }
}
