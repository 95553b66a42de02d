import Testing
import WatchfloorCore

@Suite struct ActorMatcherTests {
  let matcher = ActorMatcher()

  func names(_ text: String) -> [String] {
    var out: [String] = []
    for mention in matcher.mentions(in: Tokenizer.tokens(of: text)) where !out.contains(mention.name) {
      out.append(mention.name)
    }
    return out
  }

  @Test func jihadistSpellings() {
    #expect(names("Jama'at Nusrat al-Islam wal-Muslimin moved north.") == ["JNIM"])
    #expect(names("The Group to Support Islam and Muslims claimed it.") == ["JNIM"])
    #expect(names("EIGS and the Islamic State in the Greater Sahara are one group.") == ["ISGS"])
    #expect(names("The Macina Liberation Front was seen.") == ["Katiba Macina"])
  }

  @Test func forcesAndMissions() {
    #expect(names("Malian soldiers and Wagner mercenaries entered the town.") == ["FAMa", "Wagner"])
    #expect(names("UN peacekeepers escorted the convoy.") == ["MINUSMA"])
    #expect(names("French troops of Operation Barkhane left.") == ["France"])
    #expect(names("The gendarmerie reinforced its post.") == ["FAMa"])
  }

  @Test func caseSensitiveShortAliases() {
    #expect(names("IS claimed the attack.") == ["ISGS"])
    #expect(names("The road is closed.").isEmpty)
  }

  @Test func qualifiersAreMarked() {
    let mentions = matcher.mentions(in: Tokenizer.tokens(of: "The Al-Qaeda-linked JNIM attacked."))
    #expect(mentions.first { $0.name == "AQIM" }?.isQualifier == true)
    #expect(mentions.first { $0.name == "JNIM" }?.isQualifier == false)
    #expect(!names("Anti-government protesters marched.").contains("Government of Mali"))
  }
}
