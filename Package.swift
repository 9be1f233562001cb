// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Copydesk",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Copydesk", targets: ["Copydesk"]),
        .library(name: "CopydeskStages", targets: ["CopydeskStages"]),
        .library(name: "CopydeskTesting", targets: ["CopydeskTesting"]),
        .library(name: "CopydeskCLI", targets: ["CopydeskCLI"]),
        // The engine, stages and CLI as one shared library, for plugins and
        // the binary that loads them (PluginHost/); see PluginLoader.
        .library(name: "CopydeskKit", type: .dynamic, targets: ["Copydesk", "CopydeskStages", "CopydeskCLI"]),
        .executable(name: "copydesk", targets: ["copydesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    ],
    targets: [
        // The engine: document model, stage protocol and specs, registry,
        // pipeline file, linter, runner. Knows nothing of any concrete stage.
        .target(
            name: "Copydesk",
            dependencies: [
                "CCopydeskPlugin",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            // English word lists of the shared text analysis.
            resources: [.copy("Resources")]
        ),
        // The C entry point of plugins: copydesk_plugin.h.
        .target(name: "CCopydeskPlugin"),
        // GNU libc calls the `command` stage spawns its programs with.
        .target(name: "CCopydeskSpawn"),
        // zlib and libzstd from the system, for compressed inputs and outputs.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libzstd, loaded at run time from libzstd.so.1: no headers needed to build.
        .target(name: "CZstd"),
        // The built-in stages and the text machinery they share.
        .target(
            name: "CopydeskStages",
            dependencies: [
                "Copydesk", "CCopydeskSpawn", "CZlib", "CZstd",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")]
        ),
        // Harness and verifiers for stage authors.
        .target(name: "CopydeskTesting", dependencies: ["Copydesk"]),
        // The command line, as a library so a user's binary can reuse it.
        .target(
            name: "CopydeskCLI",
            dependencies: [
                "Copydesk", "CopydeskStages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "copydesk", dependencies: ["CopydeskCLI"]),
        .testTarget(name: "CopydeskTests", dependencies: ["Copydesk", "CopydeskTesting"]),
        .testTarget(
            name: "CopydeskStagesTests",
            dependencies: ["Copydesk", "CopydeskStages", "CopydeskTesting", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Programs"]
        ),
        .testTarget(name: "CopydeskTestingTests", dependencies: ["Copydesk", "CopydeskTesting"]),
        .testTarget(name: "CopydeskCLITests", dependencies: ["copydesk", "Copydesk", "CopydeskTesting"]),
    ]
)
