// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Copydesk, in a package of their own so that ordinary
// builds of the root package never pay for the sanitizer build. Build and run
// them with Scripts/fuzz.sh (see Fuzz/README.md):
//   swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address
let fuzzers: [(product: String, target: String)] = [
    ("fuzz-pipeline-file", "PipelineFileFuzzer"),
    ("fuzz-json", "JSONFuzzer"),
    ("fuzz-jsonl", "JSONLinesFuzzer"),
    ("fuzz-csv", "CSVFuzzer"),
    ("fuzz-clean", "CleanFuzzer"),
    ("fuzz-text", "TextFuzzer"),
    ("fuzz-numbers", "NumbersFuzzer"),
]

let package = Package(
    name: "CopydeskFuzz",
    platforms: [.macOS(.v13)],
    products: fuzzers.map { .executable(name: $0.product, targets: [$0.target]) },
    dependencies: [.package(name: "Copydesk", path: "..")],
    targets: [
        // The libFuzzer driver call, and the scratch input file the readers load through `load`.
        .target(name: "FuzzSupport", dependencies: [
            .product(name: "Copydesk", package: "Copydesk"),
            .product(name: "CopydeskStages", package: "Copydesk"),
        ]),
    ] + fuzzers.map {
        .executableTarget(name: $0.target, dependencies: [
            "FuzzSupport",
            .product(name: "Copydesk", package: "Copydesk"),
            .product(name: "CopydeskStages", package: "Copydesk"),
        ])
    }
)
