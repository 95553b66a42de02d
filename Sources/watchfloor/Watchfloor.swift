import ArgumentParser

/// The `watchfloor` command: the dashboard by default, plus scriptable subcommands.
@main
struct Watchfloor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watchfloor",
    abstract: "A terminal dashboard of security incidents in Mali.",
    subcommands: [
      SummaryCommand.self, IncidentsCommand.self, CheckCommand.self, ExplainCommand.self,
      ConfigCommand.self, WatchCommand.self,
    ]
  )

  func run() throws {
    print(
      "watchfloor: try `watchfloor summary`, `watchfloor incidents` or `watchfloor check` (--help for more)")
  }
}
