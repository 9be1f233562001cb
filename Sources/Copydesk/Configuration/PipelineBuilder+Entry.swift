import Foundation

extension PipelineBuilder {
    /// Builds the one transform entry `id` of the pipeline file at `path`
    /// (plugins loaded, options checked as `build` checks them) without
    /// building the others: what an isolated stage's worker process runs.
    public func buildTransform(path: String, id: String) throws(ConfigurationError) -> any Stage {
        func fail(_ message: String) -> ConfigurationError {
            ConfigurationError([Diagnostic(file: path, line: 1, column: 1, message: message)])
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot read the pipeline file") }
        let (parsed, parseDiagnostics) = PipelineFile.parse(yaml: String(decoding: data, as: UTF8.self), path: path)
        guard let file = parsed, parseDiagnostics.isEmpty else { throw ConfigurationError(parseDiagnostics) }
        let baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var registry = self.registry
        for plugin in file.plugins {
            do { registry = try PluginLoader.load(Self.resolve(plugin.path, against: baseDirectory), into: registry) } catch {
                throw fail(error.description)
            }
        }
        guard let entry = file.entries.first(where: { $0.id == id }), let registered = registry[entry.stage] else {
            throw fail("no stage entry with id '\(id)'")
        }
        var diagnostics: [Diagnostic] = []
        func report(_ loc: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(file: path, line: loc.line, column: loc.column, message: message))
        }
        let given = typeOptions(entry, spec: registered.spec, baseDirectory: baseDirectory, report: report)
        checkPresence(entry, spec: registered.spec, given: given, report: report)
        guard diagnostics.isEmpty,
              let instance = make(entry, registered, given: given, pipelineName: file.name, baseDirectory: baseDirectory, report: report)
        else { throw ConfigurationError(diagnostics) }
        guard case .transform(let stage) = instance else { throw fail("'\(id)' is not a transform stage") }
        return stage
    }
}
