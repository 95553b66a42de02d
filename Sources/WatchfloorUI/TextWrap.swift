/// Word wrapping in display cells.
enum TextWrap {
  /// Lines of at most `width` cells; words longer than a line are broken.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = Substring(word)
      var wordWidth = DisplayWidth.of(word)
      if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while wordWidth > width {
        var head = ""
        var used = 0
        var rest = word.startIndex
        for index in word.indices {
          let w = DisplayWidth.of(word[index])
          if used + w > width { break }
          head.append(word[index])
          used += w
          rest = word.index(after: index)
        }
        if head.isEmpty { return lines }  // a character wider than the line
        lines.append(head)
        word = word[rest...]
        wordWidth = DisplayWidth.of(word)
      }
      line = String(word)
      lineWidth = wordWidth
    }
    if lineWidth > 0 { lines.append(line) }
    return lines
  }
}
