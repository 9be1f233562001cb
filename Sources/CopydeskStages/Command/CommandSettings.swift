import Copydesk
import Foundation

/// The `with:` options of a `command` stage, checked and resolved.
struct CommandSettings: Sendable {
    /// The program (an absolute path) and its arguments.
    var argv: [String]
    /// The child's whole environment, `NAME=value` each.
    var environment: [String]
    var directory: String
    /// Seconds a document may take, from being written to being answered.
    var timeout: Double
    /// Most programs running at once; nil for one per worker thread.
    var processes: Int?
    /// Documents written to one program before its answers are read.
    var inFlight: Int
    /// Failed programs replaced in a row before the run fails; 0 with `restart: never`.
    var maxRestarts: Int
    /// Answers must carry the id of the document they answer.
    var matchIDs: Bool
    /// The stage id, prefixed to the program's stderr lines.
    var stageID: String

    init(options: StageOptions, context: StageContext, environment parent: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard var argv = options.list("run"), !argv.isEmpty, !argv[0].isEmpty else {
            throw StageConfigurationError(option: "run", "'run' needs at least the program")
        }
        for i in argv.indices where argv[i].hasPrefix("./") || argv[i].hasPrefix("../") {
            argv[i] = PipelineBuilder.resolve(argv[i], against: context.baseDirectory)
        }
        if !argv[0].contains("/") {
            guard let found = Self.which(argv[0], path: parent["PATH"]) else {
                throw StageConfigurationError(option: "run", "program '\(argv[0])' not found on PATH")
            }
            argv[0] = found
        } else {
            argv[0] = PipelineBuilder.resolve(argv[0], against: context.baseDirectory)
            guard FileManager.default.isExecutableFile(atPath: argv[0]) else {
                throw StageConfigurationError(option: "run", "'\(argv[0])' is not an executable file")
            }
        }
        self.argv = argv
        directory = context.baseDirectory
        stageID = context.stageID

        guard let timeout = Self.seconds(options.string("timeout") ?? "30s") else {
            throw StageConfigurationError(option: "timeout", "expected a duration such as 30s, 500ms or 2m, got '\(options.string("timeout") ?? "")'")
        }
        self.timeout = timeout
        processes = options.int("processes")
        inFlight = options.int("in_flight") ?? 1
        maxRestarts = options.string("restart") == "never" ? 0 : options.int("max_restarts") ?? 5
        matchIDs = !(options.bool("change_ids") ?? false)

        var env: [String: String] = options.bool("inherit_env") == true ? parent : [:]
        for item in options.list("env") ?? [] {
            if let eq = item.firstIndex(of: "=") {
                let name = String(item[..<eq])
                guard !name.isEmpty else { throw StageConfigurationError(option: "env", "'\(item)' has no variable name") }
                env[name] = String(item[item.index(after: eq)...])
            } else if let value = parent[item] {
                env[item] = value
            }
        }
        environment = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    static func which(_ name: String, path: String?) -> String? {
        for dir in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A duration as `timeout:` takes it (`PipelineFile.seconds`).
    static func seconds(_ text: String) -> Double? { PipelineFile.seconds(text) }
}
