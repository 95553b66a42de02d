// swift-tools-version: 6.1
// The benchmark suite lives in its own package (as swift-nio keeps its benchmarks) so that the
// main package's `swift build`, `swift test` and CI never build the benchmark dependencies.
// Run from this folder: `swift package --allow-writing-to-package-directory benchmark`,
// or everything at once with `scripts/bench/run.sh` from the repository root.
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let benchmarkDependencies: [Target.Dependency] = [
  .product(name: "Benchmark", package: "benchmark"),
  .product(name: "WatchfloorCore", package: "Watchfloor"),
  "BenchmarkSupport",
  "CorpusGenerator",
]

let package = Package(
  name: "WatchfloorBenchmarks",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "generate-corpus", targets: ["generate-corpus"]),
    .library(name: "CorpusGenerator", targets: ["CorpusGenerator"]),
  ],
  dependencies: [
    // The main package, by path; named so that the product lookups below do not depend on
    // the name of the folder the repository is checked out in.
    .package(name: "Watchfloor", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // Deterministic synthetic reports in the four formats Watchfloor reads. It uses only
    // WatchfloorCore's `Day` from the app, for calendar arithmetic.
    .target(
      name: "CorpusGenerator",
      dependencies: [.product(name: "WatchfloorCore", package: "Watchfloor")],
      swiftSettings: strictSettings
    ),
    // `generate-corpus --count N --seed S --out DIR`
    .executableTarget(
      name: "generate-corpus",
      dependencies: ["CorpusGenerator"],
      swiftSettings: strictSettings
    ),
    // Glue between generated reports and Watchfloor's model (in-memory corpora, temp folders).
    .target(
      name: "BenchmarkSupport",
      dependencies: [
        "CorpusGenerator",
        .product(name: "WatchfloorCore", package: "Watchfloor"),
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "CorpusGeneratorTests",
      dependencies: ["CorpusGenerator"],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "ColdLoad",
      dependencies: benchmarkDependencies,
      path: "Benchmarks/ColdLoad",
      swiftSettings: strictSettings,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Dashboard",
      dependencies: benchmarkDependencies + [.product(name: "WatchfloorUI", package: "Watchfloor")],
      path: "Benchmarks/Dashboard",
      swiftSettings: strictSettings,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "Reload",
      dependencies: benchmarkDependencies + [.product(name: "WatchfloorUI", package: "Watchfloor")],
      path: "Benchmarks/Reload",
      swiftSettings: strictSettings,
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
