import Foundation

extension CommandSettings {
    /// The settings of an isolated stage's workers: copydesk itself, in this
    /// directory with this environment, one document at a time each.
    init(worker argv: [String], stageID: String, timeout: Double) {
        self.argv = argv
        var env = ProcessInfo.processInfo.environment
        // A trap's reason is the runtime's one-line message, not a backtrace
        // that takes a second to symbolicate.
        if env["SWIFT_BACKTRACE"] == nil { env["SWIFT_BACKTRACE"] = "enable=no" }
        environment = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        directory = FileManager.default.currentDirectoryPath
        self.timeout = timeout
        processes = nil
        inFlight = 1
        maxRestarts = 5
        matchIDs = true
        self.stageID = stageID
    }
}
