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
      let count = QuoteMarkCount.count(sentence.text, open: &open)
      if count.letters > 0, count.inside * 2 >= count.letters { result[index] = true }
      if count.closesUnopened {
        for earlier in paragraphStart...index { result[earlier] = true }
      }
    }
    return result
  }
}
