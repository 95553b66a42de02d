/// A report being written: its text, and the incidents placed in it with their byte spans.
struct ReportText {
  private(set) var text = ""
  private(set) var incidents: [GeneratedIncident] = []

  init(capacity: Int) { text.reserveCapacity(capacity) }

  /// Size in UTF-8 bytes so far.
  var byteCount: Int { text.utf8.count }

  mutating func append(_ piece: String) { text += piece }

  mutating func line(_ piece: String = "") {
    text += piece
    text += "\n"
  }

  /// Appends the incident's sentence and records where it landed.
  mutating func append(_ incident: GeneratedIncident) {
    let start = text.utf8.count
    text += incident.sentence
    var placed = incident
    placed.span = start..<text.utf8.count
    incidents.append(placed)
  }
}
