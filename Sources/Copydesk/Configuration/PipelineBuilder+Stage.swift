import Foundation

extension PipelineBuilder {
    /// Builds one stage entry given as YAML — `stage: NAME` with its `with:`,
    /// as it would appear under `stages:` (a leading `- ` is optional) —
    /// through the same option typing, bounds, required-option checks and
    /// constructor errors as `build`, with positions in `yaml`.
    ///
    /// For tests and embedding; `CopydeskTesting.StageHarness` builds stages
    /// this way.
    public func buildStage(yaml: String, path: String = "<stage>", baseDirectory: String = FileManager.default.currentDirectoryPath,
                           pipelineName: String = "stage") throws(ConfigurationError) -> StageRegistry.Instance {
        // Parsed as the one item of a `stages:` list: one line down, and two
        // columns right unless the snippet brings its own `- `.
        let listed = yaml.drop { $0 == " " || $0 == "\n" }.hasPrefix("- ")
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let body = listed ? lines.map(String.init) : lines.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
        let (parsed, parseDiagnostics) = PipelineFile.parse(yaml: "stages:\n" + body.joined(separator: "\n"), path: path)
        var diagnostics = parseDiagnostics
        func report(_ loc: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(file: path, line: loc.line, column: loc.column, message: message))
        }
        func fail() -> ConfigurationError {
            ConfigurationError(diagnostics.map {
                Diagnostic(file: path, line: max(1, $0.line - 1), column: max(1, $0.column - (listed ? 0 : 2)), message: $0.message)
            })
        }
        guard let entries = parsed?.entries, diagnostics.isEmpty else { throw fail() }
        guard entries.count == 1, let entry = entries.first else {
            report(SourceLocation(line: 2, column: 1), "expected exactly one stage entry, got \(entries.count)")
            throw fail()
        }
        guard let registered = registry[entry.stage] else {
            report(entry.stageLocation, "unknown stage '\(entry.stage)'\(NameSuggestion.hint(entry.stage, registry.names)); stages: \(registry.names.joined(separator: ", "))")
            throw fail()
        }
        let given = typeOptions(entry, spec: registered.spec, baseDirectory: baseDirectory, report: report)
        checkPresence(entry, spec: registered.spec, given: given, report: report)
        guard diagnostics.isEmpty,
              let instance = make(entry, registered, given: given, pipelineName: pipelineName, baseDirectory: baseDirectory, report: report)
        else { throw fail() }
        return instance
    }
}
