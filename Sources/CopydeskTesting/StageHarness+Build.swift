import Copydesk
import Foundation

extension StageHarness {
    /// Builds a stage of type `S` from a YAML stage entry, exactly as
    /// `copydesk validate` and `copydesk run` would: the same `with:`
    /// parsing, option types, bounds, required options and constructor
    /// errors, reported as a `ConfigurationError` with positions in `yaml`.
    ///
    ///     let stage = try StageHarness.build(WordCountStage.self, yaml: """
    ///         stage: word_count
    ///         with:
    ///           minimum: 2
    ///         """)
    public static func build<S: StageDeclaring>(_ type: S.Type, yaml: String,
                                                baseDirectory: String = FileManager.default.currentDirectoryPath) throws -> S {
        let instance = try PipelineBuilder(registry: registry(for: S.self))
            .buildStage(yaml: yaml, path: "<\(S.spec.name)>", baseDirectory: baseDirectory)
        switch instance {
        case .transform(let s as S), .source(let s as S), .sink(let s as S): return s
        default: throw ConfigurationError([Diagnostic(file: "<\(S.spec.name)>", line: 1, column: 1, message: "stage '\(S.spec.name)' built as another type")])
        }
    }

    /// Builds a stage of type `S` from option values, written out as the
    /// YAML entry a user would write and built through `build(_:yaml:)`, so a
    /// value of the wrong type fails here as it fails in a pipeline file:
    /// `.string("2")` is a quoted `"2"`, not an integer.
    public static func build<S: StageDeclaring>(_ type: S.Type, _ options: [String: OptionValue] = [:],
                                                baseDirectory: String = FileManager.default.currentDirectoryPath) throws -> S {
        try build(type, yaml: yaml(for: S.spec.name, options), baseDirectory: baseDirectory)
    }

    /// The YAML entry for stage `name` with `options`, in key order.
    public static func yaml(for name: String, _ options: [String: OptionValue]) -> String {
        var lines = ["stage: \(name)"]
        if !options.isEmpty { lines.append("with:") }
        for (key, value) in options.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(key): \(yamlScalar(value))")
        }
        return lines.joined(separator: "\n")
    }

    private static func yamlScalar(_ value: OptionValue) -> String {
        switch value {
        case .string(let s): return quoted(s)
        case .integer(let i): return String(i)
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d)
        case .boolean(let b): return b ? "true" : "false"
        case .list(let items): return "[" + items.map(quoted).joined(separator: ", ") + "]"
        }
    }

    /// A double-quoted YAML string (JSON's escapes are YAML's).
    private static func quoted(_ s: String) -> String {
        var w = JSONWriter()
        w.string(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private static func registry<S: StageDeclaring>(for type: S.Type) -> StageRegistry {
        var registry = StageRegistry()
        if let t = S.self as? any Stage.Type { registry.register(t) }
        else if let t = S.self as? any DocumentSource.Type { registry.register(t) }
        else if let t = S.self as? any DocumentSink.Type { registry.register(t) }
        return registry
    }
}
