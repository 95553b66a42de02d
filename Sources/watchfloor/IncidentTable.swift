import WatchfloorCore

/// The `incidents` table: one line per incident, columns cut to fit `width`, never wrapping.
struct IncidentTable {
  var width: Int

  func render(_ incidents: [Incident]) -> [String] {
    // The date column holds a day and the mark of a date guessed from the file time.
    let fixed = [11, 10, 12, 4, 18]
    let summaryWidth = max(10, width - fixed.reduce(0, +) - 2 * fixed.count)
    let header = [
      TextColumns.cell("DATE", width: 11), TextColumns.cell("REGION", width: 10),
      TextColumns.cell("TYPE", width: 12), TextColumns.cell("DEAD", width: 4, alignRight: true),
      TextColumns.cell("LOCATION", width: 18), TextColumns.cell("SUMMARY", width: summaryWidth),
    ]
    var lines = [TextColumns.row(header)]
    for incident in incidents {
      lines.append(
        TextColumns.row([
          TextColumns.cell(incident.dateLabel ?? "undated", width: 11),
          TextColumns.cell(incident.region?.name ?? "-", width: 10),
          TextColumns.cell(incident.eventType?.shortLabel ?? "-", width: 12),
          TextColumns.cell(incident.fatalities.map(String.init) ?? "?", width: 4, alignRight: true),
          TextColumns.cell(incident.location ?? "-", width: 18),
          TextColumns.cell(incident.summary, width: summaryWidth),
        ]))
    }
    if incidents.isEmpty { lines.append("(no incidents)") }
    if incidents.contains(where: \.isDateInferred) {
      lines.append("~ date guessed from the file time")
    }
    return lines.map { String($0.prefix(width)) }
  }
}
