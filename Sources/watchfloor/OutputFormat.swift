import ArgumentParser

/// How `incidents` prints.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, jsonl, csv
}
