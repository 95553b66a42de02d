import Testing
import WatchfloorCore

@Suite struct SentenceSplitterTests {
  @Test func splitsOnStopsButNotAbbreviations() {
    let text = "Gen. Diarra said U.S. drones flew over. Two died. A. Dicko fled to Mopti."
    let sentences = SentenceSplitter.sentences(in: text).map(\.text)
    #expect(sentences == ["Gen. Diarra said U.S. drones flew over.", "Two died.", "A. Dicko fled to Mopti."])
  }

  @Test func spansPointIntoTheBody() {
    let body = "Title\nÉvénement à Ménaka. Second one."
    let sentences = SentenceSplitter.sentences(in: body, offset: 0)
    let bytes = Array(body.utf8)
    for sentence in sentences {
      #expect(String(decoding: bytes[sentence.span], as: UTF8.self) == sentence.text)
    }
    #expect(sentences.count == 3)
    #expect(sentences[1].paragraph != sentences[0].paragraph)
    #expect(sentences[1].paragraph == sentences[2].paragraph)
  }
}
