// swift-tools-version: 6.1
// libFuzzer target for the report decoder, parser and extractor. Kept out of the main package so
// `swift build` never needs the fuzzer runtime; build and run it with `scripts/fuzz/run.sh`.
import PackageDescription

let package = Package(
  name: "WatchfloorFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Watchfloor", path: "..")],
  targets: [
    // Declares libFuzzer's LLVMFuzzerRunDriver for Swift.
    .target(name: "CFuzzerDriver"),
    .executableTarget(
      name: "ExtractorFuzz",
      dependencies: ["CFuzzerDriver", .product(name: "WatchfloorCore", package: "Watchfloor")],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ),
  ],
  swiftLanguageModes: [.v6]
)
