// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in a package of their own so that the benchmark library and
// its tooling stay out of the main package graph. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
let package = Package(
    name: "CopydeskBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Copydesk", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "StageBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Copydesk", package: "Copydesk"),
                .product(name: "CopydeskStages", package: "Copydesk"),
            ],
            path: "Benchmarks/StageBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
