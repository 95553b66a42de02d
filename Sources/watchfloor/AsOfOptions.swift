import ArgumentParser
import WatchfloorCore

/// `--as-of DATE` and `--now`: the day the risk windows end on. Without them, the date of the
/// newest report, so a historical corpus shows the picture of its own time.
struct AsOfOptions: ParsableArguments {
  @Option(
    name: .customLong("as-of"), help: "Rate as of this day (YYYY-MM-DD).",
    transform: { text in
      guard let day = Day(iso: text) else { throw ValidationError("--as-of expects YYYY-MM-DD, got \(text)") }
      return day
    })
  var asOf: Day?

  @Flag(name: .customLong("now"), help: "Rate as of today instead of the newest report's date.")
  var now = false

  func validate() throws {
    if asOf != nil && now { throw ValidationError("--as-of and --now cannot be used together") }
  }

  /// The as-of day for `corpus`.
  func resolve(_ corpus: Corpus) -> AsOf {
    AsOf.resolve(corpus: corpus, explicit: asOf, useToday: now, today: AsOf.todayUTC())
  }
}
