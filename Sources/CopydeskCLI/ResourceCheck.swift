import Foundation

/// The engine's word lists and the built-in stages' models and tables are
/// SwiftPM resource bundles, looked for beside the executable and then at the
/// build folder it was built in; where neither holds one, `Bundle.module`
/// stops the process. This check says so first, and what to ship.
enum ResourceCheck {
    static let bundleNames = ["Copydesk_Copydesk.resources", "Copydesk_CopydeskStages.resources"]

    #if DEBUG
    private static let configuration = "debug"
    #else
    private static let configuration = "release"
    #endif

    static func require() throws {
        for name in bundleNames {
            let beside = Bundle.main.bundleURL.appendingPathComponent(name).path
            guard !FileManager.default.fileExists(atPath: beside), !buildFolderHolds(name) else { continue }
            Console.error("copydesk: cannot find \(name) beside the binary (\(beside)); ship the folders \(bundleNames.joined(separator: " and ")) next to copydesk")
            throw ExitCodes.failed
        }
    }

    /// Whether a build folder of the checkout this was compiled in still holds
    /// the bundle for this binary's configuration (`.build*/TRIPLE/CONFIGURATION/`):
    /// the fallback of `Bundle.module`.
    private static func buildFolderHolds(_ bundleName: String) -> Bool {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let files = FileManager.default
        for scratch in (try? files.contentsOfDirectory(atPath: root.path)) ?? [] where scratch.hasPrefix(".build") {
            let dir = root.appendingPathComponent(scratch)
            for triple in (try? files.contentsOfDirectory(atPath: dir.path)) ?? [] {
                let path = dir.appendingPathComponent(triple).appendingPathComponent(configuration).appendingPathComponent(bundleName).path
                if files.fileExists(atPath: path) { return true }
            }
        }
        return false
    }
}
