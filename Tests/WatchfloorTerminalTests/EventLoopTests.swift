import Glibc
import Testing

@testable import WatchfloorTerminal

/// The loop over real pipes: readiness, deadlines, hang-ups, stopping.
struct EventLoopTests {
  /// A pipe whose ends are closed when released.
  final class Pipe {
    let readEnd: Int32
    var writeEnd: Int32
    init() {
      var ends: [Int32] = [0, 0]
      precondition(pipe(&ends) == 0)
      readEnd = ends[0]
      writeEnd = ends[1]
    }
    func send(_ byte: UInt8) {
      var value = byte
      precondition(write(writeEnd, &value, 1) == 1)
    }
    func receive() -> UInt8? {
      var value: UInt8 = 0
      return read(readEnd, &value, 1) == 1 ? value : nil
    }
    func closeWriteEnd() {
      close(writeEnd)
      writeEnd = -1
    }
    deinit {
      close(readEnd)
      if writeEnd >= 0 { close(writeEnd) }
    }
  }

  @Test func aReadableDescriptorRunsItsCallback() throws {
    let loop = EventLoop()
    let channel = Pipe()
    var received: [UInt8] = []
    loop.add(fd: channel.readEnd) {
      if let byte = channel.receive() { received.append(byte) }
      if received.count == 2 { loop.stop(exitCode: 7) }
    }
    channel.send(1)
    channel.send(2)
    #expect(try loop.run() == 7)
    #expect(received == [1, 2])
  }

  @Test func beforeWaitingRunsBeforeEveryWait() throws {
    let loop = EventLoop()
    let channel = Pipe()
    var waits = 0
    loop.beforeWaiting = {
      waits += 1
      if waits == 3 { loop.stop(exitCode: 0) } else { channel.send(0) }
    }
    loop.add(fd: channel.readEnd) { _ = channel.receive() }
    #expect(try loop.run() == 0)
    #expect(waits == 3)
  }

  @Test func aDeadlineWakesTheLoopWithoutInput() throws {
    let loop = EventLoop()
    var wakes = 0
    var due = true
    loop.addDeadline(timeout: { due ? .zero : nil }) {
      wakes += 1
      due = false
      loop.stop(exitCode: 3)
    }
    #expect(try loop.run() == 3)
    #expect(wakes == 1)
  }

  @Test func onWakeRunsAfterAnyWakeUp() throws {
    let loop = EventLoop()
    let channel = Pipe()
    var wakes = 0
    loop.add(fd: channel.readEnd) { _ = channel.receive() }
    loop.addDeadline(timeout: { nil }) {
      wakes += 1
      loop.stop(exitCode: 0)
    }
    channel.send(9)
    #expect(try loop.run() == 0)
    #expect(wakes == 1)
  }

  @Test func aHungUpDescriptorIsRemovedByDefaultSoTheLoopDoesNotSpin() throws {
    let loop = EventLoop()
    let channel = Pipe()
    var readableCalls = 0
    var waits = 0
    loop.add(fd: channel.readEnd) {
      readableCalls += 1
      _ = channel.receive()
    }
    loop.beforeWaiting = {
      waits += 1
      if waits > 1 { loop.stop(exitCode: 0) }
    }
    loop.addDeadline(timeout: { waits > 1 ? .zero : nil }) {}
    channel.closeWriteEnd()
    #expect(try loop.run() == 0)
    #expect(readableCalls <= 1)
    #expect(waits == 2)
  }

  @Test func aHangupCallbackIsCalled() throws {
    let loop = EventLoop()
    let channel = Pipe()
    loop.add(fd: channel.readEnd, onReadable: { _ = channel.receive() }) { loop.stop(exitCode: 129) }
    channel.closeWriteEnd()
    #expect(try loop.run() == 129)
  }

  @Test func theFirstStopWins() throws {
    let loop = EventLoop()
    loop.stop(exitCode: 143)
    loop.stop(exitCode: 0)
    #expect(try loop.run() == 143)
  }

  @Test func removedSourcesAreNotCalled() throws {
    let loop = EventLoop()
    let channel = Pipe()
    var called = false
    let id = loop.add(fd: channel.readEnd) { called = true }
    loop.remove(id)
    loop.addDeadline(timeout: { .zero }) { loop.stop(exitCode: 0) }
    channel.send(1)
    #expect(try loop.run() == 0)
    #expect(!called)
  }

  @Test(arguments: [
    (Duration?.none, Int32(-1)), (.zero, 0), (.microseconds(300), 1), (.milliseconds(25), 25),
    (.seconds(2), 2000), (.milliseconds(-5), 0),
  ])
  func pollTimeoutsRoundUpToMilliseconds(duration: Duration?, milliseconds: Int32) {
    #expect(EventLoop.milliseconds(duration) == milliseconds)
  }
}
