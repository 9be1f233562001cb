import Foundation

/// Validates a pipeline file against a registry and builds its stages: the
/// one code path behind both `copydesk validate` and `copydesk run`.
public struct PipelineBuilder: Sendable {
    public var registry: StageRegistry

    public init(registry: StageRegistry) { self.registry = registry }

    /// Reads, validates and builds the pipeline at `path`, reporting every
    /// problem at once.
    public func build(path: String, overrides: PipelineOverrides = PipelineOverrides()) throws(ConfigurationError) -> Pipeline {
        let yaml: String
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let s = String(data: data, encoding: .utf8) else {
                throw ConfigurationError([Diagnostic(file: path, line: 1, column: 1, message: "the pipeline file is not valid UTF-8")])
            }
            yaml = s
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError([Diagnostic(file: path, line: 1, column: 1, message: "cannot read the pipeline file: \((error as NSError).localizedDescription)")])
        }
        return try build(yaml: yaml, path: path, overrides: overrides)
    }

    /// Validates and builds a pipeline from YAML text said to come from `path`.
    public func build(yaml: String, path: String, overrides: PipelineOverrides = PipelineOverrides()) throws(ConfigurationError) -> Pipeline {
        let (parsed, parseDiagnostics) = PipelineFile.parse(yaml: yaml, path: path)
        guard let file = parsed else { throw ConfigurationError(parseDiagnostics) }
        let baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var registry = self.registry
        for plugin in file.plugins {
            do { registry = try PluginLoader.load(Self.resolve(plugin.path, against: baseDirectory), into: registry) } catch {
                throw ConfigurationError(parseDiagnostics + [Diagnostic(file: path, line: plugin.location.line, column: plugin.location.column, message: error.description)])
            }
        }
        return try PipelineBuilder(registry: registry).build(file: file, parseDiagnostics: parseDiagnostics, path: path, overrides: overrides)
    }

    private func build(file: PipelineFile, parseDiagnostics: [Diagnostic], path: String, overrides: PipelineOverrides) throws(ConfigurationError) -> Pipeline {
        var diagnostics = parseDiagnostics
        func report(_ loc: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(file: path, line: loc.line, column: loc.column, message: message))
        }

        let baseDirectory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let names = registry.names

        // Look up every entry, then check the order and the data dependencies.
        var resolved: [(PipelineFile.Entry, StageRegistry.Entry)] = []
        var seenIDs: [String: SourceLocation] = [:]
        for entry in file.entries {
            if let first = seenIDs[entry.id] {
                report(entry.idLocation, "duplicate id '\(entry.id)' (first used at line \(first.line)); give one of them another 'id:'")
            } else {
                seenIDs[entry.id] = entry.idLocation
            }
            guard let registered = registry[entry.stage] else {
                report(entry.stageLocation, "unknown stage '\(entry.stage)'\(NameSuggestion.hint(entry.stage, names)); stages: \(names.joined(separator: ", "))")
                continue
            }
            resolved.append((entry, registered))
        }
        checkOrder(resolved, report: report)

        let sourceIndex = resolved.firstIndex { $0.1.spec.role == .source }
        let lastSinkIndex = resolved.lastIndex { $0.1.spec.role == .sink }

        // Type every entry's options, apply overrides, build the stage.
        var instances: [(PipelineFile.Entry, StageRegistry.Instance)] = []
        var outputPath: String? = nil
        var inputPath: String? = nil
        var sinkPaths: [(PipelineFile.Entry, String)] = []
        for (index, (entry, registered)) in resolved.enumerated() {
            let before = diagnostics.count
            var given = typeOptions(entry, spec: registered.spec, baseDirectory: baseDirectory, report: report)
            if index == sourceIndex, let input = overrides.inputPath {
                given["path"] = .string(Self.resolve(input, against: FileManager.default.currentDirectoryPath))
            }
            if index == lastSinkIndex, let output = overrides.outputPath {
                given["path"] = .string(Self.resolve(output, against: FileManager.default.currentDirectoryPath))
            }
            substituteShard(in: &given, spec: registered.spec, shard: overrides.shard) { name, message in
                report(entry.options.first { $0.name == name }?.location ?? entry.stageLocation, "option '\(name)' of '\(entry.stage)': \(message)")
            }
            checkPresence(entry, spec: registered.spec, given: given, report: report)
            guard diagnostics.count == before else { continue }
            if index == lastSinkIndex, case .string(let p)? = given["path"] { outputPath = p }
            if registered.spec.role == .sink, case .string(let p)? = given["path"] { sinkPaths.append((entry, p)) }
            if index == sourceIndex, case .string(let p)? = given["path"] { inputPath = p }
            if let instance = make(entry, registered, given: given, pipelineName: file.name, baseDirectory: baseDirectory, report: report) {
                instances.append((entry, instance))
            }
        }

        if let inputPath {
            for (entry, output) in sinkPaths where Self.sameFile(output, inputPath) {
                let loc = entry.options.first { $0.name == "path" }?.location ?? entry.stageLocation
                report(loc, "'\(entry.id)' would write to '\(output)', which is the input of the load stage: the run would replace its own input; write somewhere else")
            }
        }
        guard diagnostics.isEmpty else { throw ConfigurationError(diagnostics) }

        var source: Pipeline.Step<any DocumentSource>? = nil
        var transforms: [Pipeline.Step<any Stage>] = []
        var sinks: [Pipeline.Step<any DocumentSink>] = []
        for (entry, instance) in instances {
            let policy = entry.onError ?? file.onError
            switch instance {
            case .source(let s): source = .init(id: entry.id, stageName: entry.stage, instance: s, onError: policy)
            case .transform(let t):
                transforms.append(.init(id: entry.id, stageName: entry.stage, instance: t, onError: policy,
                                        isolate: entry.isolate ?? file.isolate, timeout: entry.timeout ?? file.timeout))
            case .sink(let s): sinks.append(.init(id: entry.id, stageName: entry.stage, instance: s, onError: policy))
            }
        }
        guard let source else { throw ConfigurationError([Diagnostic(file: path, line: 1, column: 1, message: "a pipeline needs a load stage")]) }
        let workers = overrides.workers ?? file.workers ?? ProcessInfo.processInfo.activeProcessorCount
        var pipeline = Pipeline(name: file.name, file: path, workers: max(1, workers),
                                maxInFlight: overrides.maxInFlight ?? file.maxInFlight ?? max(1, workers) * 4,
                                source: source, transforms: transforms, sinks: sinks, outputPath: outputPath, shard: overrides.shard)
        pipeline.resume = file.resume
        pipeline.checkpointEvery = file.checkpointEvery
        pipeline.inputPath = inputPath
        pipeline.maxDocumentBytes = file.maxDocumentBytes ?? PipelineFile.defaultMaxDocumentBytes
        pipeline.report = file.report.map { r in var r = r; r.path = Self.resolve(r.path, against: baseDirectory); return r }
        return pipeline
    }

    /// Whether two paths name one file: by device and inode when both exist
    /// (symlinks and `..` included), else by their absolute paths.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        guard a != "-", b != "-" else { return false }
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
        return URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }

    /// `{shard}` in path options becomes the shard's label; without a shard it is an error,
    /// since every job of an unsharded run would write the same file.
    private func substituteShard(in given: inout [String: OptionValue], spec: StageSpec, shard: Shard?,
                                 report: (String, String) -> Void) {
        for option in spec.options where option.type == .path {
            guard case .string(let path)? = given[option.name], path.contains(Shard.placeholder) else { continue }
            if let shard {
                given[option.name] = .string(shard.substitute(in: path))
            } else {
                report(option.name, "'\(path)' holds \(Shard.placeholder), which only a run with --shard fills in")
            }
        }
    }

    /// One source first, sinks last, and every layer produced before it is needed.
    private func checkOrder(_ resolved: [(PipelineFile.Entry, StageRegistry.Entry)], report: (SourceLocation, String) -> Void) {
        guard let first = resolved.first else { return }
        if first.1.spec.role != .source {
            let sources = registry.specs.filter { $0.role == .source }.map(\.name)
            report(first.0.stageLocation, "a pipeline must start with a load stage (\(sources.joined(separator: ", "))), not '\(first.0.stage)'")
        }
        var producedBy: [Layer: (String, Int)] = [:]
        var sawSink = false
        var sawSource = false
        for (i, (entry, registered)) in resolved.enumerated() {
            let spec = registered.spec
            if spec.role == .source && i > 0 {
                report(entry.stageLocation, "a pipeline has one load stage; '\(entry.stage)' appears again here")
            }
            if spec.role != .sink && sawSink {
                report(entry.stageLocation, "'\(entry.stage)' comes after a write stage; writes must come last")
            }
            if spec.role == .sink { sawSink = true }
            if spec.role == .source { sawSource = true }
            // Before any source nothing is produced; the missing load is reported once above.
            for layer in spec.requires where producedBy[layer] == nil && sawSource {
                let producers = registry.specs.filter { $0.provides.contains(layer) }.map(\.name)
                let hint = producers.isEmpty ? "" : "; add \(producers.map { "'\($0)'" }.joined(separator: " or ")) before it"
                report(entry.stageLocation, "stage '\(entry.stage)' needs \(layer), which no earlier stage produces\(hint)")
            }
            for layer in spec.invalidates {
                if let (producer, line) = producedBy[layer] {
                    report(entry.stageLocation, "stage '\(entry.stage)' changes the text and would invalidate the \(layer) that '\(producer)' (line \(line)) produced; move it before '\(producer)'")
                }
            }
            for layer in spec.provides {
                producedBy[layer] = (entry.id, entry.stageLocation.line)
                if layer == .text { for derived in Layer.derivedFromText { producedBy[derived] = (entry.id, entry.stageLocation.line) } }
            }
        }
        if !sawSink, let last = resolved.last {
            let sinks = registry.specs.filter { $0.role == .sink }.map(\.name)
            report(last.0.stageLocation, "a pipeline must end with a write stage (\(sinks.joined(separator: ", "))); none is declared")
        }
    }

    /// Required options given, and at most one of each exclusive group.
    func checkPresence(_ entry: PipelineFile.Entry, spec: StageSpec, given: [String: OptionValue], report: (SourceLocation, String) -> Void) {
        for option in spec.options where option.required && given[option.name] == nil {
            report(entry.stageLocation, "stage '\(entry.stage)' needs option '\(option.name)' (\(option.type)): \(option.summary)")
        }
        for group in spec.exclusiveOptions {
            let set = group.filter { given[$0] != nil }
            if set.count > 1, let second = entry.options.first(where: { $0.name == set[1] }) ?? entry.options.first(where: { set.contains($0.name) }) {
                report(second.location, "options \(set.map { "'\($0)'" }.joined(separator: " and ")) of '\(entry.stage)' cannot be used together")
            }
        }
    }

    /// Builds the stage of `entry` from typed options; a `StageConfigurationError`
    /// is reported at its option's position.
    func make(_ entry: PipelineFile.Entry, _ registered: StageRegistry.Entry, given: [String: OptionValue], pipelineName: String,
              baseDirectory: String, report: (SourceLocation, String) -> Void) -> StageRegistry.Instance? {
        let options = StageOptions(spec: registered.spec, given: given)
        let context = StageContext(pipelineName: pipelineName, baseDirectory: baseDirectory, stageID: entry.id)
        do {
            return try registered.make(options, context)
        } catch let error as StageConfigurationError {
            let loc = error.option.flatMap { name in entry.options.first { $0.name == name }?.location } ?? entry.stageLocation
            report(loc, "\(entry.stage): \(error.message)")
        } catch {
            report(entry.stageLocation, "\(entry.stage): \(error)")
        }
        return nil
    }

    /// Checks every `with:` value against the spec and converts it to its type.
    func typeOptions(_ entry: PipelineFile.Entry, spec: StageSpec, baseDirectory: String,
                             report: (SourceLocation, String) -> Void) -> [String: OptionValue] {
        var given: [String: OptionValue] = [:]
        let optionNames = spec.options.map(\.name)
        for (name, raw, loc, keyLoc) in entry.options {
            guard let option = spec.option(named: name) else {
                let valid = optionNames.isEmpty ? "it takes no options" : "options: \(optionNames.joined(separator: ", "))"
                report(keyLoc, "unknown option '\(name)' for stage '\(spec.name)'\(NameSuggestion.hint(name, optionNames)); \(valid)")
                continue
            }
            switch Self.convert(raw, to: option, baseDirectory: baseDirectory) {
            case .success(let value): given[name] = value
            case .failure(let message): report(loc, "option '\(name)' of '\(spec.name)': \(message.description)")
            }
        }
        return given
    }

    struct Mismatch: Error, CustomStringConvertible { let description: String }

    static func convert(_ raw: PipelineFile.RawOption, to option: OptionSpec, baseDirectory: String) -> Result<OptionValue, Mismatch> {
        let shown: String
        switch raw {
        case .scalar(let s, _): shown = "'\(s)'"
        case .list: shown = "a list"
        case .other(let what): shown = what
        }
        func fail(_ expected: String) -> Result<OptionValue, Mismatch> { .failure(Mismatch(description: "expected \(expected), got \(shown)")) }
        func bounded(_ v: Double, _ value: OptionValue) -> Result<OptionValue, Mismatch> {
            if let lo = option.minimum, v < lo { return .failure(Mismatch(description: "must be at least \(OptionValue.number(lo).shortNumber), got \(shown)")) }
            if let hi = option.maximum, v > hi { return .failure(Mismatch(description: "must be at most \(OptionValue.number(hi).shortNumber), got \(shown)")) }
            return .success(value)
        }
        switch (option.type, raw) {
        case (.string, .scalar(let s, _)): return .success(.string(s))
        case (.path, .scalar(let s, _)): return .success(.string(resolve(s, against: baseDirectory)))
        case (.integer, .scalar(let s, true)):
            guard let i = Int(s) else { return fail("an integer") }
            return bounded(Double(i), .integer(i))
        case (.number, .scalar(let s, true)):
            guard let d = Double(s), d.isFinite else { return fail("a number") }
            return bounded(d, .number(d))
        case (.boolean, .scalar(let s, true)):
            switch s.lowercased() {
            case "true", "yes", "on": return .success(.boolean(true))
            case "false", "no", "off": return .success(.boolean(false))
            default: return fail("true or false")
            }
        case (.choice(let values), .scalar(let s, _)):
            guard values.contains(s) else {
                return .failure(Mismatch(description: "expected one of \(values.joined(separator: ", ")), got \(shown)\(NameSuggestion.hint(s, values))"))
            }
            return .success(.string(s))
        case (.stringList, .list(let items)): return .success(.list(items))
        case (.stringList, .scalar(let s, _)): return .success(.list([s]))
        case (.integer, _): return fail("an integer")
        case (.number, _): return fail("a number")
        case (.boolean, _): return fail("true or false")
        case (.stringList, _): return fail("a list of strings")
        default: return fail("a \(option.type)")
        }
    }

    /// `path` made absolute against `base`; `-` (stdin/stdout) is kept.
    public static func resolve(_ path: String, against base: String) -> String {
        if path == "-" || path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return NSString(string: path).expandingTildeInPath }
        return URL(fileURLWithPath: base).appendingPathComponent(path).standardizedFileURL.path
    }
}

extension OptionValue {
    public var shortNumber: String {
        if case .number(let d) = self, d == d.rounded() { return String(Int(d)) }
        return description
    }
}
