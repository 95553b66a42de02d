/// A dashboard action the config file can bind to a key (`[keys]`).
public enum KeyAction: String, Hashable, Sendable, CaseIterable {
  case quit, reload, help, filter, allRegions, warnings
}
