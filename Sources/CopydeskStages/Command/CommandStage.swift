import Copydesk
import Foundation

/// `command`: a stage written as any external program that reads one JSON
/// document per line on stdin and answers each, in order, with one line on
/// stdout — the document, changed as it likes, or `{"error": "reason"}` to
/// reject it.
///
/// Programs are started with `posix_spawn`, never through a shell, and live
/// for the whole run, so start-up costs are paid once. A program that
/// crashes, hangs past `timeout`, or answers out of step costs only the
/// documents it held; it is replaced for the next document. The program is
/// started once while the pipeline is built, so one that cannot start or
/// exits at once is a configuration error at the `run` option's position.
public struct CommandStage: Stage {
    public static let spec = StageSpec(
        name: "command",
        summary: "Run an external program as a stage: JSON Lines in on stdin, one answer line per document on stdout.",
        options: [
            OptionSpec("run", .stringList, required: true, summary: "The program and its arguments, e.g. [python3, stages/upper.py]; never a shell. Arguments starting ./ or ../ resolve against the pipeline file."),
            OptionSpec("timeout", .string, default: .string("30s"), summary: "Longest wait for one document's answer (e.g. 30s, 500ms, 2m); the program is then killed and the documents it held rejected."),
            OptionSpec("processes", .integer, minimum: 1, maximum: 256, summary: "Most copies of the program running at once (default: one per worker thread)."),
            OptionSpec("in_flight", .integer, default: .integer(1), minimum: 1, maximum: 1024, summary: "Documents written ahead to one program before its answer is read, when workers outnumber processes."),
            OptionSpec("env", .stringList, default: .list([]), summary: "The program's environment: NAME=value sets a variable, NAME passes copydesk's own value on."),
            OptionSpec("inherit_env", .boolean, default: .boolean(false), summary: "Pass copydesk's whole environment to the program (then 'env' adds to it)."),
            OptionSpec("restart", .choice(["on-failure", "never"]), default: .string("on-failure"), summary: "Replace a program that failed (on-failure) or fail the run at its first failure (never)."),
            OptionSpec("max_restarts", .integer, default: .integer(5), minimum: 0, summary: "Programs replaced in a row, with no document answered between, before the run fails."),
            OptionSpec("change_ids", .boolean, default: .boolean(false), summary: "Let the program answer with another id; answers are then matched by order alone."),
        ],
        requires: [.text],
        example: """
        - stage: command
          with:
            run: [python3, ../Samples/command-stage/shout.py]
            timeout: 20s
        """
    )

    let pool: ProcessPool

    public init(options: StageOptions, context: StageContext) throws {
        pool = try ProcessPool(settings: try CommandSettings(options: options, context: context))
    }

    public func process(_ document: inout Document) throws {
        var w = JSONWriter()
        document.wireJSON(into: &w)
        w.byte(0x0A)
        let answer = try pool.exchange(id: document.id, line: w.bytes)
        if let reason = answer["error"], answer["text"] == nil {
            throw DocumentError("the program rejected the document: \(reason.stringValue ?? "\(reason)")")
        }
        do { document = try Document(json: answer, fallbackID: document.id) } catch {
            throw DocumentError("the program answered with an invalid document: \(error.description)")
        }
    }
}
