/// Finds the sentences that are quoted speech: an eyewitness or an official retelling an event
/// ("“Four people died,” a resident said."), which adds to that event rather than reporting
/// another.
///
/// A sentence is quoted when at least half of its letters lie between quotation marks. A quote
/// may run over several sentences; it ends with its paragraph unless the closing mark comes
/// later. A closing mark with no opening one before it (a quote whose opening was lost, or one
/// carried over from an earlier paragraph) makes its paragraph quoted up to that mark.
public enum QuotedSpeech {
  /// One flag per sentence, in order.
  public static func flags(_ sentences: [Sentence]) -> [Bool] {
    var result = [Bool](repeating: false, count: sentences.count)
    var open = false
    var paragraphStart = 0
    for (index, sentence) in sentences.enumerated() {
      if index > 0, sentence.paragraph != sentences[index - 1].paragraph {
        open = false
        paragraphStart = index
      }
      var inside = 0
      var letters = 0
      var closesUnopened = false
      for character in sentence.text {
        switch character {
        case "“", "«":
          open = true
        case "”", "»":
          if !open { closesUnopened = true }
          open = false
        case "\"":
          open.toggle()
        default:
          guard character.isLetter || character.isNumber else { continue }
          letters += 1
          if open { inside += 1 }
        }
      }
      if letters > 0, inside * 2 >= letters { result[index] = true }
      if closesUnopened {
        for earlier in paragraphStart...index { result[earlier] = true }
      }
    }
    return result
  }
}
