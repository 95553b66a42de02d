public import WatchfloorCore

/// Formats ``CorpusChange`` file changes as JSON lines for `watchfloor watch --format jsonl`:
/// `{"time":"…","file":"…","kind":"added|modified|removed|renamed","incidents_added":N,
/// "incidents_removed":N}` (plus `"previous_file"` for a rename, and `"warning"` lines for
/// files that failed to read). The corpus folder itself going away and coming back gives
/// `{"time":"…","kind":"folder_missing","folder":"…","reason":"…"}` and
/// `{"time":"…","kind":"folder_restored","folder":"…"}`.
public enum ChangeEventLine {
  /// The line saying the corpus folder became unreachable (`reason` non-nil) or is back (nil).
  public static func folderLine(folder: String, missingReason reason: String?, time: String) -> String {
    var fields = [("time", quoted(time))]
    fields.append(("kind", quoted(reason == nil ? "folder_restored" : "folder_missing")))
    fields.append(("folder", quoted(folder)))
    if let reason { fields.append(("reason", quoted(reason))) }
    return object(fields)
  }

  /// One line (without the newline) per changed file, then one per new warning.
  /// - Parameter time: the event time, already formatted (ISO 8601, UTC).
  public static func lines(for change: CorpusChange, time: String) -> [String] {
    var lines: [String] = []
    for file in change.files {
      var fields = [("time", quoted(time)), ("file", quoted(file.path))]
      fields.append(("kind", quoted(file.kind.rawValue)))
      if let previous = file.previousPath { fields.append(("previous_file", quoted(previous))) }
      fields.append(("incidents_added", String(file.incidentsAdded.count)))
      fields.append(("incidents_removed", String(file.incidentsRemoved.count)))
      lines.append(object(fields))
    }
    for warning in change.newWarnings {
      lines.append(
        object([
          ("time", quoted(time)), ("file", quoted(warning.path)), ("kind", quoted("warning")),
          ("message", quoted(warning.message)),
        ]))
    }
    return lines
  }

  private static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\(quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
  }

  /// A JSON string literal. Control characters, DEL and C1 controls are escaped as `\uXXXX`,
  /// so hostile file names cannot inject terminal escape sequences into the stream.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}":
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
