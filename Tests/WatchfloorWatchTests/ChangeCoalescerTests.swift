import Clocks
import Testing
import WatchfloorWatch

@Suite("ChangeCoalescer debounce on a test clock")
struct ChangeCoalescerTests {
  private func change(_ path: String) -> ChangeSet { ChangeSet(paths: [path]) }

  @Test func nothingPendingHasNoDeadline() {
    var coalescer = ChangeCoalescer(clock: TestClock())
    #expect(coalescer.deadline == nil)
    #expect(coalescer.timeUntilDeadline() == nil)
    #expect(coalescer.flushIfDue() == nil)
    coalescer.record(ChangeSet())
    #expect(!coalescer.hasPending)
  }

  @Test func singleChangeIsReleasedAfterTheQuietPeriod() async {
    let clock = TestClock()
    var coalescer = ChangeCoalescer(clock: clock)
    coalescer.record(change("a.txt"))
    #expect(coalescer.timeUntilDeadline() == .milliseconds(200))

    await clock.advance(by: .milliseconds(199))
    #expect(coalescer.flushIfDue() == nil)
    #expect(coalescer.timeUntilDeadline() == .milliseconds(1))

    await clock.advance(by: .milliseconds(1))
    #expect(coalescer.flushIfDue() == change("a.txt"))
    #expect(!coalescer.hasPending)
    #expect(coalescer.flushIfDue() == nil)
  }

  @Test func eachChangeRestartsTheQuietPeriod() async {
    let clock = TestClock()
    var coalescer = ChangeCoalescer(clock: clock)
    coalescer.record(change("a.txt"))
    await clock.advance(by: .milliseconds(150))
    coalescer.record(change("b.txt"))
    await clock.advance(by: .milliseconds(150))
    #expect(coalescer.flushIfDue() == nil)
    #expect(coalescer.timeUntilDeadline() == .milliseconds(50))
    await clock.advance(by: .milliseconds(50))
    #expect(coalescer.flushIfDue() == ChangeSet(paths: ["a.txt", "b.txt"]))
  }

  @Test func aContinuousBurstIsReleasedAtTheMaximumDelay() async {
    let clock = TestClock()
    var coalescer = ChangeCoalescer(clock: clock)
    // A change every 100 ms for 3 s: the quiet period never elapses.
    var released: [ChangeSet] = []
    for step in 0..<30 {
      coalescer.record(change("file\(step).txt"))
      await clock.advance(by: .milliseconds(100))
      if let batch = coalescer.flushIfDue() { released.append(batch) }
    }
    // Released at 1 s, 2 s and 3 s, each with the ten changes since the previous release.
    #expect(released.count == 3)
    #expect(released.map(\.paths.count) == [10, 10, 10])
    #expect(released[0].paths.contains("file0.txt") && released[0].paths.contains("file9.txt"))
  }

  @Test func deadlineIsTheEarlierOfQuietAndMaximum() async {
    let clock = TestClock()
    var coalescer = ChangeCoalescer(clock: clock)
    coalescer.record(change("a.txt"))
    await clock.advance(by: .milliseconds(900))
    coalescer.record(change("b.txt"))
    // Quiet period would end at 1.1 s, the maximum delay at 1.0 s.
    #expect(coalescer.timeUntilDeadline() == .milliseconds(100))
    await clock.advance(by: .milliseconds(100))
    #expect(coalescer.flushIfDue()?.paths == ["a.txt", "b.txt"])
  }

  @Test func rescanRequestsAndSubtreesAreMerged() async {
    let clock = TestClock()
    var coalescer = ChangeCoalescer(clock: clock)
    coalescer.record(change("a.txt"))
    coalescer.record(ChangeSet(subtrees: ["north"]))
    coalescer.record(.rescan)
    await clock.advance(by: .milliseconds(200))
    #expect(
      coalescer.flushIfDue()
        == ChangeSet(paths: ["a.txt"], subtrees: ["north"], needsRescan: true))
  }

  @Test func customPeriodsAreHonoured() async {
    let clock = TestClock()
    var coalescer = ChangeCoalescer(
      clock: clock, quietPeriod: .milliseconds(50), maximumDelay: .milliseconds(120))
    coalescer.record(change("a.txt"))
    await clock.advance(by: .milliseconds(40))
    coalescer.record(change("b.txt"))
    await clock.advance(by: .milliseconds(40))
    coalescer.record(change("c.txt"))
    #expect(coalescer.timeUntilDeadline() == .milliseconds(40))
  }

  private func quickSingle(_ clock: TestClock<Duration>) -> ChangeCoalescer<TestClock<Duration>> {
    ChangeCoalescer(
      clock: clock, quietPeriod: .milliseconds(30), maximumDelay: .seconds(1),
      singleChangeQuietPeriod: .milliseconds(8))
  }

  @Test func oneSavedFileSettlesAfterTheShortQuietPeriod() async {
    let clock = TestClock()
    var coalescer = quickSingle(clock)
    coalescer.record(change("alerts/a.txt"))
    #expect(coalescer.isSingleChange)
    #expect(coalescer.timeUntilDeadline() == .milliseconds(8))
    await clock.advance(by: .milliseconds(7))
    #expect(coalescer.flushIfDue() == nil)
    // The same file again (written twice) is still one change, and restarts the short period.
    coalescer.record(change("alerts/a.txt"))
    #expect(coalescer.timeUntilDeadline() == .milliseconds(8))
    await clock.advance(by: .milliseconds(8))
    #expect(coalescer.flushIfDue() == change("alerts/a.txt"))
  }

  @Test func anAtomicSaveIsOneBatchWithTheFullQuietPeriod() async {
    let clock = TestClock()
    var coalescer = quickSingle(clock)
    // The editor writes a temporary file, then renames it over the report 2 ms later.
    coalescer.record(change("alerts/.a.txt.tmp"))
    await clock.advance(by: .milliseconds(2))
    #expect(coalescer.flushIfDue() == nil)
    coalescer.record(change("alerts/a.txt"))
    #expect(!coalescer.isSingleChange)
    #expect(coalescer.timeUntilDeadline() == .milliseconds(30))
    await clock.advance(by: .milliseconds(29))
    #expect(coalescer.flushIfDue() == nil)
    await clock.advance(by: .milliseconds(1))
    #expect(coalescer.flushIfDue() == ChangeSet(paths: ["alerts/.a.txt.tmp", "alerts/a.txt"]))
  }

  @Test func aBurstOfCopiesSettlesAsOneBatch() async {
    let clock = TestClock()
    var coalescer = quickSingle(clock)
    var released: [ChangeSet] = []
    // 1,000 files copied in, one every 0.5 ms.
    for number in 0..<1_000 {
      coalescer.record(change("copied/\(number).txt"))
      await clock.advance(by: .microseconds(500))
      if let batch = coalescer.flushIfDue() { released.append(batch) }
    }
    await clock.advance(by: .milliseconds(30))
    if let batch = coalescer.flushIfDue() { released.append(batch) }
    #expect(released.map(\.paths.count) == [1_000])
  }

  @Test func directoriesAndRescansWaitTheFullQuietPeriod() {
    var coalescer = quickSingle(TestClock())
    coalescer.record(ChangeSet(subtrees: ["north"]))
    #expect(coalescer.timeUntilDeadline() == .milliseconds(30))
    _ = coalescer.flush()
    coalescer.record(ChangeSet(paths: ["a.txt"], needsRescan: true))
    #expect(coalescer.timeUntilDeadline() == .milliseconds(30))
  }

  @Test func theSingleChangePeriodIsNeverLongerThanTheQuietPeriod() {
    var coalescer = ChangeCoalescer(
      clock: TestClock(), quietPeriod: .milliseconds(20), singleChangeQuietPeriod: .milliseconds(50))
    #expect(coalescer.singleChangeQuietPeriod == .milliseconds(20))
    coalescer.record(change("a.txt"))
    #expect(coalescer.timeUntilDeadline() == .milliseconds(20))
    #expect(ChangeCoalescer(clock: TestClock()).singleChangeQuietPeriod == .milliseconds(200))
  }

  @Test func pollTimeoutRoundsUp() {
    #expect(Duration.zero.pollTimeoutMilliseconds == 0)
    #expect(Duration.nanoseconds(1).pollTimeoutMilliseconds == 1)
    #expect(Duration.milliseconds(200).pollTimeoutMilliseconds == 200)
    #expect(Duration.microseconds(200_500).pollTimeoutMilliseconds == 201)
    #expect(Duration.seconds(-1).pollTimeoutMilliseconds == 0)
    #expect(Duration.seconds(1_000_000_000).pollTimeoutMilliseconds == Int32.max)
  }
}
