@testable import WatchfloorUI

/// A golden-file rendering of a grid: the text, then a map of styled cells with a legend.
///
/// Each distinct non-plain style gets a letter in order of first appearance; `.` is plain.
/// The legend spells the style out (`fg=red bold reverse`), so colour and monochrome differ.
enum GridSnapshot {
  static func text(_ grid: ScreenGrid) -> String {
    var legend: [CellStyle] = []
    var map: [String] = []
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    for row in 0..<grid.height {
      var line = ""
      for column in 0..<grid.width {
        let style = grid[row, column].style
        if style == .plain {
          line.append(".")
          continue
        }
        let index =
          legend.firstIndex(of: style)
          ?? {
            legend.append(style)
            return legend.count - 1
          }()
        line.append(index < letters.count ? letters[index] : "?")
      }
      map.append(line)
    }
    var out = "size \(grid.width)x\(grid.height)\n"
    out += "-- text (trailing spaces trimmed)\n"
    out += grid.text + "\n"
    out += "-- styles\n"
    for (index, style) in legend.enumerated() {
      out += "\(index < letters.count ? letters[index] : "?") = \(describe(style))\n"
    }
    out += "-- style map\n"
    out += map.joined(separator: "\n") + "\n"
    return out
  }

  static func describe(_ style: CellStyle) -> String {
    var parts: [String] = []
    if let fg = style.foreground { parts.append("fg=\(fg)") }
    if let bg = style.background { parts.append("bg=\(bg)") }
    if style.bold { parts.append("bold") }
    if style.dim { parts.append("dim") }
    if style.underline { parts.append("underline") }
    if style.reverse { parts.append("reverse") }
    return parts.joined(separator: " ")
  }
}
