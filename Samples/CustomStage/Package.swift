// swift-tools-version:6.0
import PackageDescription

// A user's own Copydesk binary: the stock command plus one custom stage.
//   swift run my-copydesk stages word_count
//   swift run my-copydesk run pipeline.yaml
let package = Package(
    name: "CustomStage",
    platforms: [.macOS(.v13)],
    products: [
        // The same stage as a plugin for the plugin-capable copydesk (PluginHost/):
        //   copydesk-dynamic run plugin.yaml   (plugins: [.build/debug/libWordCountPlugin.so])
        .library(name: "WordCountPlugin", type: .dynamic, targets: ["WordCountPlugin"]),
    ],
    dependencies: [.package(name: "Copydesk", path: "../..")],
    targets: [
        .target(name: "WordCount", dependencies: [.product(name: "Copydesk", package: "Copydesk")]),
        .executableTarget(name: "my-copydesk", dependencies: [
            "WordCount",
            .product(name: "CopydeskCLI", package: "Copydesk"),
            .product(name: "CopydeskStages", package: "Copydesk"),
        ]),
        .target(name: "WordCountPlugin", dependencies: [.product(name: "CopydeskKit", package: "Copydesk")]),
        .testTarget(name: "WordCountTests", dependencies: [
            "WordCount",
            .product(name: "Copydesk", package: "Copydesk"),
            .product(name: "CopydeskTesting", package: "Copydesk"),
        ]),
    ]
)
