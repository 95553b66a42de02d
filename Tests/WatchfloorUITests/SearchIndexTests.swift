import Testing

@testable import WatchfloorUI

@Suite struct SearchIndexTests {
  @Test func foldingIgnoresCaseAndAccents() {
    #expect(SearchFolding.fold("MÉNAKA Sévaré Se\u{301}vare\u{301}") == Array("menaka sevare sevare".utf8))
    #expect(SearchFolding.fold("Dioïla Ségou 贡达") == Array("dioila segou 贡达".utf8))
  }

  @Test func matchesFindEveryEntryOnceInOrder() {
    var index = SearchIndex()
    index.append(["Gao", "clash"])
    index.append(["Ménaka", "clash clash"])
    index.append(["Kidal", "quiet"])
    index.append(["Sévaré", "Clash"])
    #expect(index.matches("clash") == [0, 1, 3])
    #expect(index.matches("menaka") == [1])
    #expect(index.matches("SEVARE") == [3])
    #expect(index.matches("") == [0, 1, 2, 3])
    #expect(index.matches("nothing") == [])
    #expect(index.matches("a", within: [2, 3]) == [2, 3])
    #expect(index.matches("gao clash", within: [0, 1]) == [0])
  }

  @Test func matchDoesNotSpanTwoEntries() {
    var index = SearchIndex()
    index.append(["abc"])
    index.append(["def"])
    #expect(index.matches("cd").isEmpty)
    #expect(index.matches("c d").isEmpty)
  }
}
