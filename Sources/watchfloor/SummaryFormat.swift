import ArgumentParser

/// How `summary` prints.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json
}
