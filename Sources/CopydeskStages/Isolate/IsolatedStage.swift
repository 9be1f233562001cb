import Copydesk
import Foundation

/// A transform stage run in worker processes that the runner supervises
/// (`isolate: true`): each worker is the copydesk binary itself running
/// `copydesk stage-worker` on the same pipeline entry, fed one document at
/// a time over a pipe, through the process pool of the `command` stage. A
/// trap kills only its worker, a document past `timeout` gets its worker
/// killed: either way that one document is rejected with the reason, and a
/// fresh worker takes the next document.
public struct IsolatedStage: Stage {
    public static let spec = StageSpec(
        name: "isolated",
        summary: "A stage entry with 'isolate: true', run in supervised worker processes (not written in a pipeline file).",
        example: "- stage: summarize\n  isolate: true\n  timeout: 60s"
    )

    let pool: ProcessPool
    let stageID: String

    public init(options: StageOptions, context: StageContext) throws {
        throw StageConfigurationError("'isolated' is not a stage to write: set 'isolate: true' on a stage entry")
    }

    /// Workers for entry `stageID` of `pipelineFile`, each allowed `timeout`
    /// seconds a document (nil: no limit).
    public init(pipelineFile: String, stageID: String, timeout: Double?, plugins: [String],
                executable: String = IsolatedStage.executablePath) throws {
        var argv = [executable, "stage-worker", pipelineFile, "--stage", stageID]
        for plugin in plugins { argv += ["--plugin", plugin] }
        let settings = CommandSettings(worker: argv, stageID: stageID, timeout: timeout ?? Self.noLimit)
        pool = try ProcessPool(settings: settings)
        self.stageID = stageID
    }

    /// A limit no document reaches: 100 years.
    static let noLimit = 100 * 365 * 86_400.0

    /// This process's own binary, which every copydesk command line is.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    public func process(_ document: inout Document) throws {
        var w = JSONWriter()
        document.wireJSON(into: &w)
        w.byte(0x0A)
        let answer: JSONValue
        do { answer = try pool.exchange(id: document.id, line: w.bytes) } catch let error as DocumentError {
            throw DocumentError(Self.reason(error.reason))
        }
        if let reason = answer["error"], answer["text"] == nil { throw DocumentError(reason.stringValue ?? "\(reason)") }
        do { document = try Document(json: answer, fallbackID: document.id) } catch {
            throw DocumentError("the worker process answered with an invalid document: \(error.description)")
        }
    }

    /// The pool's words for a dead worker, `exit status 132 (SIGILL) while
    /// processing; …`, as `crashed the process (signal 4, SIGILL); …`.
    static func reason(_ poolReason: String) -> String {
        let prefix = "exit status "
        guard poolReason.hasPrefix(prefix) else { return poolReason }
        let rest = poolReason.dropFirst(prefix.count)
        guard let space = rest.firstIndex(of: " "), let status = Int(rest[..<space]), status > 128,
              rest[space...].hasPrefix(" ("), let close = rest.firstIndex(of: ")") else { return poolReason }
        let name = rest[rest.index(space, offsetBy: 2)..<close]
        let tail = rest[rest.index(after: close)...].replacingOccurrences(of: " while processing", with: "")
        return "crashed the process (signal \(status - 128), \(name))\(tail)"
    }
}

/// Builds the pipeline's isolated stages: every transform entry with
/// `isolate: true` (or under a pipeline-wide `isolate: true`) is replaced
/// by an `IsolatedStage` on the same entry.
public enum StageIsolation {
    public static func apply(to pipeline: Pipeline, plugins: [String]) throws -> Pipeline {
        var pipeline = pipeline
        for (i, step) in pipeline.transforms.enumerated() where step.isolate {
            pipeline.transforms[i].instance = try IsolatedStage(pipelineFile: pipeline.file, stageID: step.id,
                                                                timeout: step.timeout, plugins: plugins)
        }
        return pipeline
    }
}
