// swift-tools-version:6.0
import PackageDescription

// The stock `copydesk` command built to load plugins: it links the engine as
// the shared library libCopydeskKit.so (found beside it, rpath $ORIGIN), which
// plugins link too, so both see one set of types. The root package's
// `copydesk` links the engine statically (and can be fully static); it
// refuses plugins. Two build modes, the same command:
//   swift build --package-path PluginHost
//   PluginHost/.build/debug/copydesk-dynamic run pipeline.yaml --plugin libMyStages.so
let package = Package(
    name: "PluginHost",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Copydesk", path: "..")],
    targets: [
        .executableTarget(name: "copydesk-dynamic", dependencies: [.product(name: "CopydeskKit", package: "Copydesk")]),
    ]
)
