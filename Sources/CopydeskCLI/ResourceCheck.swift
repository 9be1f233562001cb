import Foundation

/// The built-in stages read their models and tables from the SwiftPM
/// resource bundle `Copydesk_CopydeskStages.resources`, looked for beside the
/// executable and then at the build folder it was built in; where neither
/// holds it, `Bundle.module` stops the process. This check says so first,
/// and what to ship.
enum ResourceCheck {
    static let bundleName = "Copydesk_CopydeskStages.resources"

    #if DEBUG
    private static let configuration = "debug"
    #else
    private static let configuration = "release"
    #endif

    static func require() throws {
        let beside = Bundle.main.bundleURL.appendingPathComponent(bundleName).path
        guard !FileManager.default.fileExists(atPath: beside), !buildFolderHoldsBundle else { return }
        Console.error("copydesk: cannot find \(bundleName) beside the binary (\(beside)); ship that folder next to copydesk")
        throw ExitCodes.failed
    }

    /// Whether a build folder of the checkout this was compiled in still holds
    /// the bundle of this binary's configuration (`.build*/TRIPLE/CONFIGURATION/`):
    /// the fallback of `Bundle.module`.
    private static var buildFolderHoldsBundle: Bool {
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
