import ArgumentParser

/// The `watchfloor` command: the dashboard by default, plus scriptable subcommands.
@main
struct Watchfloor: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watchfloor",
    abstract: "A terminal dashboard of security incidents in Mali.",
    subcommands: [
      DashboardCommand.self, SummaryCommand.self, IncidentsCommand.self, CheckCommand.self,
      ExplainCommand.self, ConfigCommand.self, WatchCommand.self,
    ],
    defaultSubcommand: DashboardCommand.self
  )
}
