// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "Watchfloor",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "watchfloor", targets: ["watchfloor"]),
    .library(name: "WatchfloorCore", targets: ["WatchfloorCore"]),
    .library(name: "WatchfloorUI", targets: ["WatchfloorUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/pointfreeco/swift-clocks", from: "1.0.0"),
  ],
  targets: [
    // Pure Swift: parsing, extraction, gazetteer, model, risk, config. No terminal.
    .target(
      name: "WatchfloorCore",
      dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
      resources: [.process("Resources")],
      swiftSettings: strictSettings
    ),
    // App state, key handling and rendering into a plain grid of cells. No ncurses.
    .target(
      name: "WatchfloorUI",
      dependencies: ["WatchfloorCore"],
      swiftSettings: strictSettings
    ),
    // The C shim over ncursesw, signalfd and inotify headers.
    .target(
      name: "CNCurses",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    // Directory watching: inotify on Linux, polling fallback, burst coalescing.
    .target(
      name: "WatchfloorWatch",
      dependencies: ["WatchfloorCore", "CNCurses"],
      swiftSettings: strictSettings
    ),
    // Thin ncurses adapter: paints the grid, reads keys, handles resize and signals.
    .target(
      name: "WatchfloorTerminal",
      dependencies: ["WatchfloorUI", "WatchfloorCore", "CNCurses"],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "watchfloor",
      dependencies: [
        "WatchfloorCore", "WatchfloorUI", "WatchfloorTerminal", "WatchfloorWatch",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),
    // Live-reload latency and memory benchmark (`swift run -c release watch-benchmark`).
    .executableTarget(
      name: "watch-benchmark",
      dependencies: ["WatchfloorCore", "WatchfloorWatch"],
      path: "Benchmarks/WatchBenchmark",
      swiftSettings: strictSettings
    ),
    // Shared test helpers: fixture paths, temp directories, golden files.
    .target(
      name: "WatchfloorTestSupport",
      dependencies: ["WatchfloorCore"],
      path: "Tests/WatchfloorTestSupport",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "WatchfloorCoreTests",
      dependencies: ["WatchfloorCore", "WatchfloorTestSupport"],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "WatchfloorUITests",
      dependencies: ["WatchfloorUI", "WatchfloorCore", "WatchfloorTestSupport"],
      exclude: ["Goldens"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "WatchfloorWatchTests",
      dependencies: [
        "WatchfloorWatch", "WatchfloorCore", "WatchfloorTestSupport",
        .product(name: "Clocks", package: "swift-clocks"),
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "WatchfloorTerminalTests",
      dependencies: ["WatchfloorTerminal", "WatchfloorUI", "CNCurses"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "WatchfloorEndToEndTests",
      dependencies: ["WatchfloorTestSupport"],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
