import Testing
import WatchfloorCore

@Suite struct FatalityExtractorTests {
  let extractor = FatalityExtractor()

  func toll(_ text: String) -> Int? {
    let reading = extractor.reading(in: Tokenizer.tokens(of: text))
    return reading?.isAggregate == true ? nil : reading?.count
  }

  @Test func countsBeforeAndAfterTheDeathWord() {
    #expect(toll("Twenty-two villagers were killed when gunmen stormed the hamlet.") == 22)
    #expect(toll("A drone strike killed at least 15 fighters near the border.") == 15)
    #expect(toll("The ambush resulted in the death of approximately seven men.") == 7)
    #expect(toll("Insurgents shot dead two traders on the road to Gao.") == 2)
  }

  @Test func allSidesAreSummed() {
    #expect(toll("The battle left 10 rebels and 9 soldiers dead.") == 19)
    #expect(toll("Militants opened fire on the post, killing two soldiers and a child.") == 3)
  }

  @Test func whoTellsAfterACommaIsNoVictim() {
    #expect(toll("Gunmen raided a customs post, killing two officers, a local official said.") == 2)
    #expect(toll("Bandits killed four drivers, one of the survivors told reporters.") == 4)
    #expect(toll("Militants killed two soldiers and a child, the army said.") == 3)
  }

  @Test func vagueQuantitiesFollowACLED() {
    #expect(toll("Dozens of herders were killed in the raid.") == 12)
    #expect(toll("Several soldiers were killed in the clash.") == 3)
    #expect(toll("A dozen civilians died in the attack.") == 12)
    #expect(toll("A village chief was assassinated by unknown men.") == 1)
  }

  @Test func injuredAreNotDead() {
    #expect(toll("Four peacekeepers were wounded when their vehicle hit a mine.") == nil)
    #expect(toll("The blast killed one person and injured four others.") == 1)
    #expect(toll("Five people were injured and two were killed in the explosion.") == 2)
  }

  @Test func statedZeroAndUnknown() {
    #expect(toll("The device exploded near the convoy; no casualties were reported.") == 0)
    #expect(toll("No one was killed in the exchange of fire.") == 0)
    #expect(toll("Gunmen attacked the gendarmerie post overnight.") == nil)
  }

  @Test func subsetsAreNotAddedTwice() {
    #expect(toll("At least 8 civilians, including 6 children, were killed.") == 8)
    #expect(toll("The strike killed 8 civilians, including 6 children.") == 8)
  }

  @Test func cumulativeTollsAreAggregates() {
    let reading = extractor.reading(
      in: Tokenizer.tokens(of: "The attack brings to over 60 the number of people killed since September."))
    #expect(reading?.isAggregate == true)
    #expect(toll("Gunmen killed 3 herders, bringing the toll since January to 40.") == 3)
    #expect(toll("Over 750 have died in the conflict this year.") == nil)
  }

  @Test func numbersThatAreNotHeadCounts() {
    #expect(toll("The attack took place 15 kilometres from Gao and two soldiers died.") == 2)
    #expect(toll("In 2012 over 500 people died in the conflict.") == nil)
  }

  @Test func listsRangesAndObjects() {
    #expect(toll("Two guards, ten militiamen, and two herders were killed in the ambush.") == 14)
    #expect(toll("Fighters clashed near the border: 17 villagers & 13 gunmen were killed.") == 30)
    #expect(toll("The convoy was attacked near the river: 6-8 killed, 4 wounded.") == 6)
    #expect(toll("Gunmen stopped the bus and killed the driver and two passengers.") == 3)
    #expect(toll("Militiamen executed a mechanic and a trader in the market.") == 2)
    #expect(toll("An airstrike killed an unknown number of fighters.") == 3)
  }

  @Test func woundedAfterTheDeadAreNotAdded() {
    #expect(toll("One soldier was killed and two others severely wounded.") == 1)
    #expect(toll("At least 8 people were killed and dozens wounded.") == 8)
    #expect(toll("Five soldiers and three assailants killed, two soldiers wounded.") == 8)
    #expect(toll("The army repelled an attack, killing one and arresting five.") == 1)
    #expect(toll("The officer died.") == 1)
  }
}
