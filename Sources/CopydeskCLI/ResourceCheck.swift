import Foundation

/// The engine's word lists and the built-in stages' models and tables are
/// SwiftPM resource bundles, looked for beside the executable and then at the
/// build folder it was built in; where neither holds one, `Bundle.module`
/// stops the process. This check says so first, and what to ship.
enum ResourceCheck {
    static let bundleNames = ["Copydesk_Copydesk.resources", "Copydesk_CopydeskStages.resources"]

    /// The bundles must stand beside the binary. `Bundle.module` would also
    /// fall back to the build folder the binary was compiled in, but which one
    /// that is cannot be told from here (a checkout has several), and a wrong
    /// guess passes this check and then stops the process: a binary run from
    /// its build folder has them beside it anyway.
    static func require() throws {
        for name in bundleNames {
            let beside = Bundle.main.bundleURL.appendingPathComponent(name).path
            guard !FileManager.default.fileExists(atPath: beside) else { continue }
            Console.error("copydesk: cannot find \(name) beside the binary (\(beside)); ship the folders \(bundleNames.joined(separator: " and ")) next to copydesk")
            throw ExitCodes.failed
        }
    }
}
