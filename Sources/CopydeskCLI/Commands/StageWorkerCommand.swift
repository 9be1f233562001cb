import ArgumentParser
import Copydesk
import Foundation

/// `copydesk stage-worker P --stage ID`: the worker process of an isolated
/// stage. Reads one wire-format document a line on stdin, runs the entry's
/// stage on it and answers with the document, or `{"id", "error"}` when the
/// stage rejects it. Started by the runner, not by hand.
struct StageWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage-worker",
        abstract: "Run one stage entry as an isolated worker process (started by 'run' for 'isolate: true').",
        shouldDisplay: false
    )

    @Argument(help: "The pipeline file (YAML).") var pipeline: String
    @Option(help: "The id of the stage entry to run.") var stage: String
    @Option(name: .customLong("plugin"), help: "A plugin (shared library) whose stages to load; repeatable.") var plugins: [String] = []

    func run() throws {
        try ResourceCheck.require()
        let registry = try CopydeskCommand.registry(loading: plugins)
        let instance: any Stage
        do {
            instance = try PipelineBuilder(registry: registry).buildTransform(path: pipeline, id: stage)
        } catch {
            Console.error(error.description)
            throw ExitCodes.configuration
        }
        let out = FileHandle.standardOutput
        var w = JSONWriter(capacity: 1 << 16)
        while let line = readLine(strippingNewline: true) {
            w.reset()
            var document: Document
            do {
                document = try Document(json: try JSONParser.parse(line), fallbackID: "worker")
            } catch {
                w.raw("{\"error\":"); w.string("the worker could not read the document: \(error)"); w.raw("}\n")
                out.write(Data(w.bytes))
                continue
            }
            do {
                try instance.process(&document)
                document.wireJSON(into: &w)
            } catch {
                w.raw("{\"id\":"); w.string(document.id)
                w.raw(",\"error\":"); w.string((error as? DocumentError)?.reason ?? "\(error)")
                w.raw("}")
            }
            w.byte(0x0A)
            out.write(Data(w.bytes))
        }
    }
}
