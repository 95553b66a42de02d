import Testing
import WatchfloorTestSupport

/// `watchfloor watch` as a subprocess: the shell script waits with bounded polling loops
/// (50 ms steps, at most 10 s), never a fixed sleep before checking.
@Suite(.enabled(if: WatchfloorBinary.path != nil, "the watchfloor executable is not built"))
struct WatchCommandTests {
  private func script(
    _ binary: String, corpus: String, extra: String = "", signal: String = "TERM", steps: String
  ) -> String {
    """
    set -u
    out=$(mktemp); err=$(mktemp)
    '\(binary)' watch --corpus '\(corpus)' \(extra) >"$out" 2>"$err" &
    pid=$!
    wait_for() {  # wait_for FILE PATTERN: up to 10 s
      for _ in $(seq 200); do grep -q -- "$2" "$1" && return 0; sleep 0.05; done
      echo "timeout waiting for $2" >&2; return 1
    }
    wait_for "$err" "watchfloor:"
    \(steps)
    kill -\(signal) $pid; wait $pid; echo "exit=$?"
    cat "$out"
    """
  }

  @Test func printsOneLinePerChangeAndExitsZeroOnSIGTERM() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    try directory.write("alerts/first.txt", "12 Nov 2024 | 10:00 AM UTC\nMali: first\nEvent\nText.\n")
    let binary = try #require(WatchfloorBinary.path)
    let corpus = directory.path
    let run = try WatchfloorBinary.shell(
      script(
        binary, corpus: corpus,
        steps: """
          printf '13 Nov 2024 | 09:00 AM UTC\\nMali: second\\nEvent\\nText.\\n' > '\(corpus)/alerts/second.txt'
          wait_for "$out" '"file":"alerts/second.txt"'
          printf 'Edited.\\n' >> '\(corpus)/alerts/first.txt.tmp'
          cat '\(corpus)/alerts/first.txt' '\(corpus)/alerts/first.txt.tmp' > '\(corpus)/alerts/.first.new'
          mv '\(corpus)/alerts/.first.new' '\(corpus)/alerts/first.txt'
          rm '\(corpus)/alerts/first.txt.tmp'
          wait_for "$out" '"file":"alerts/first.txt"'
          rm '\(corpus)/alerts/second.txt'
          wait_for "$out" '"kind":"removed"'
          """))
    #expect(run.stderr == "")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "exit=0")
    let events = lines.dropFirst()
    #expect(events.count == 3, "\(run.stdout)")
    #expect(events.allSatisfy { $0.hasPrefix(#"{"time":""#) })
    #expect(events.contains { $0.contains(#""file":"alerts/second.txt","kind":"added""#) })
    #expect(events.contains { $0.contains(#""file":"alerts/first.txt","kind":"modified""#) })
    #expect(events.contains { $0.contains(#""file":"alerts/second.txt","kind":"removed""#) })
  }

  @Test func pollingModeSeesChangesAndExitsZeroOnSIGINT() throws {
    let directory = try TemporaryDirectory(prefix: "watch")
    let binary = try #require(WatchfloorBinary.path)
    let corpus = directory.path
    let run = try WatchfloorBinary.shell(
      script(
        binary, corpus: corpus, extra: "--poll 0.2", signal: "INT",
        steps: """
          grep -q "polling every 200 ms" "$err" || echo "no polling notice" >&2
          printf 'News.\\n' > '\(corpus)/news.txt'
          wait_for "$out" '"file":"news.txt"'
          """))
    #expect(run.stderr == "")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "exit=0")
    #expect(lines.dropFirst().count == 1, "\(run.stdout)")
    #expect(lines.last?.contains(#""file":"news.txt","kind":"added""#) == true)
  }

  @Test func folderRemovedAndRecreatedGivesMissingAndRestoredEvents() throws {
    let outer = try TemporaryDirectory(prefix: "watch")
    try outer.write("corpus/gao.txt", "12 Nov 2024 | 10:00 AM UTC\nMali: gao\nEvent\nText.\n")
    let binary = try #require(WatchfloorBinary.path)
    let corpus = outer.absolute("corpus")
    let run = try WatchfloorBinary.shell(
      script(
        binary, corpus: corpus,
        steps: """
          mv '\(corpus)' '\(outer.path)/away'
          wait_for "$out" '"kind":"folder_missing"'
          mkdir '\(corpus)'
          printf '14 Nov 2024 | 09:00 AM UTC\\nMali: new\\nEvent\\nText.\\n' > '\(corpus)/new.txt'
          wait_for "$out" '"file":"new.txt"'
          wait_for "$err" "corpus folder missing (not found)"
          """))
    #expect(run.stderr == "")
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "exit=0")
    let events = Array(lines.dropFirst())
    // While missing, nothing was reported removed; once back, the rescan reports the truth.
    #expect(events.count == 4, "\(events)")
    #expect(
      events.first?.contains(#""kind":"folder_missing","folder":"\#(corpus)","reason":"not found""#) == true)
    #expect(events.dropFirst().first?.contains(#""kind":"folder_restored""#) == true)
    #expect(events.contains { $0.contains(#""file":"gao.txt","kind":"removed""#) })
    #expect(events.contains { $0.contains(#""file":"new.txt","kind":"added""#) })
  }

  @Test func missingCorpusExitsTwo() throws {
    let run = try WatchfloorBinary.run(["watch", "--corpus", "/nonexistent/watchfloor-corpus"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("not found"))
  }
}
