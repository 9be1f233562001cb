import Copydesk
import CopydeskTesting
import Testing

/// A stage with one option of each kind of check.
struct ScaleStage: Stage {
    static let spec = StageSpec(name: "scale", summary: "Scales.", options: [
        OptionSpec("factor", .integer, default: .integer(2), minimum: 1, maximum: 10, summary: "How much."),
        OptionSpec("field", .string, required: true, summary: "Where."),
    ], requires: [.text], example: "- stage: scale\n  with:\n    field: size")
    let factor: Int
    let field: String
    init(options: StageOptions, context: StageContext) throws {
        factor = options.int("factor") ?? 2
        field = options.string("field") ?? ""
        if field == "text" { throw StageConfigurationError(option: "field", "'text' is the document's own") }
    }
    func process(_ document: inout Document) throws { document[field: field] = .number(Double(factor)) }
}

@Suite struct StageHarnessBuildTests {
    /// The message a pipeline file gets for the same entry, at its line and column within the entry.
    func pipelineDiagnostic(_ entry: String) -> Diagnostic? {
        var registry = StageRegistry()
        registry.register(InMemorySource.self)
        registry.register(ScaleStage.self)
        registry.register(CollectingSink.self)
        let indented = entry.split(separator: "\n").enumerated().map { ($0.offset == 0 ? "  - " : "    ") + $0.element }.joined(separator: "\n")
        let yaml = "name: t\nstages:\n  - stage: memory\n\(indented)\n  - stage: collect\n"
        do {
            _ = try PipelineBuilder(registry: registry).build(yaml: yaml, path: "p.yaml")
            return nil
        } catch {
            // The entry starts on line 4, column 5 of that file.
            return error.diagnostics.first.map { Diagnostic(file: "", line: $0.line - 3, column: $0.column - 4, message: $0.message) }
        }
    }

    func harnessDiagnostic(_ entry: String) -> Diagnostic? {
        do {
            _ = try StageHarness.build(ScaleStage.self, yaml: entry)
            return nil
        } catch let error as ConfigurationError {
            return error.diagnostics.first.map { Diagnostic(file: "", line: $0.line, column: $0.column, message: $0.message) }
        } catch {
            Issue.record("not a ConfigurationError: \(error)")
            return nil
        }
    }

    @Test(arguments: [
        "stage: scale\nwith:\n  field: size\n  factor: two",      // wrong type
        "stage: scale\nwith:\n  field: size\n  factor: \"3\"",    // a quoted number is a string
        "stage: scale\nwith:\n  field: size\n  factor: 11",       // out of bounds
        "stage: scale\nwith:\n  factor: 3",                       // required option missing
        "stage: scale\nwith:\n  field: size\n  facter: 3",        // unknown option
        "stage: scale\nwith:\n  field: text",                     // the constructor's own error
    ])
    func theHarnessFailsAsAPipelineFileFails(entry: String) throws {
        let harness = harnessDiagnostic(entry)
        #expect(harness != nil)
        #expect(harness == pipelineDiagnostic(entry))
    }

    @Test func wrongValueTypesFailWithTheirPosition() throws {
        let error = #expect(throws: ConfigurationError.self) { try StageHarness.build(ScaleStage.self, ["field": .string("size"), "factor": .string("3")]) }
        #expect(error?.description == "<scale>:3:11: option 'factor' of 'scale': expected an integer, got '3'")
    }

    @Test func valuesAndYAMLBuildTheSameStage() throws {
        let fromValues = try StageHarness.build(ScaleStage.self, ["field": .string("size"), "factor": .integer(3)])
        let fromYAML = try StageHarness.build(ScaleStage.self, yaml: "- stage: scale\n  with: {field: size, factor: 3}")
        #expect(fromValues.factor == 3 && fromYAML.factor == 3 && fromValues.field == fromYAML.field)
        let fromExample = try StageHarness.build(ScaleStage.self, yaml: ScaleStage.spec.example)
        #expect(fromExample.factor == 2, "defaults apply")
    }
}
