import Foundation
import Yams

/// What to do with a document that a stage fails on.
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// The document goes to the rejects output with the stage and reason.
    case skip
    /// The run stops and no output is committed.
    case fail
}

/// A position in the pipeline file.
public struct SourceLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    init(_ mark: Mark?) { self.init(line: mark?.line ?? 1, column: mark?.column ?? 1) }
}

/// A pipeline file as written, with the position of every part, before any
/// stage is looked up. Parsing collects every problem instead of stopping at
/// the first.
public struct PipelineFile: Sendable {
    public struct Entry: Sendable {
        public var stage: String
        public var stageLocation: SourceLocation
        /// `id:`, or the stage name.
        public var id: String
        public var idLocation: SourceLocation
        public var onError: ErrorPolicy?
        /// The `with:` map, each value with its position.
        public var options: [(name: String, value: RawOption, location: SourceLocation, keyLocation: SourceLocation)]
        public var location: SourceLocation
        /// `isolate:` and `timeout:` (seconds), see `PipelineFile+Isolation.swift`.
        public var isolate: Bool? = nil
        public var timeout: Double? = nil
    }

    /// An option value as YAML gave it, typed later against the stage's spec.
    public enum RawOption: Sendable {
        case scalar(String, plain: Bool)
        case list([String])
        case other(String)
    }

    public var path: String
    public var name: String
    public var workers: Int?
    public var maxInFlight: Int?
    public var onError: ErrorPolicy
    public var entries: [Entry]
    /// `plugins:`, shared libraries to load before stages are looked up, as written.
    public var plugins: [(path: String, location: SourceLocation)] = []
    /// `resume:`, `checkpoint_every:` (see `PipelineFile+Resume.swift`).
    public var resume = false
    public var checkpointEvery: Int? = nil
    /// Pipeline-wide `isolate:` and `timeout:`, which entries may override.
    public var isolate = false
    public var timeout: Double? = nil
    /// `report:`, the HTML run report, its path as written.
    public var report: ReportSettings?
    /// `max_document_bytes:`, see `PipelineFile+Limits.swift`.
    public var maxDocumentBytes: Int? = nil

    static let topLevelKeys = ["name", "workers", "on_error", "max_in_flight", "stages", "description", "plugins", "resume", "checkpoint_every", "isolate", "timeout", "report", "max_document_bytes"]
    static let entryKeys = ["stage", "with", "id", "on_error", "isolate", "timeout"]

    /// Parses `yaml`, read from `path` (used in diagnostics only).
    public static func parse(yaml: String, path: String) -> (PipelineFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func report(_ loc: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(file: path, line: loc.line, column: loc.column, message: message))
        }

        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                report(SourceLocation(line: 1, column: 1), "the pipeline file is empty")
                return (nil, diagnostics)
            }
            root = node
        } catch let error as YamlError {
            let (loc, message) = describe(error)
            report(loc, message)
            return (nil, diagnostics)
        } catch {
            report(SourceLocation(line: 1, column: 1), "cannot parse YAML: \(error)")
            return (nil, diagnostics)
        }

        guard let top = root.mapping else {
            report(SourceLocation(root.mark), "a pipeline file must be a mapping with 'name' and 'stages'")
            return (nil, diagnostics)
        }

        var file = PipelineFile(path: path, name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
                                workers: nil, maxInFlight: nil, onError: .skip, entries: [])
        var stagesNode: Node? = nil
        for (keyNode, value) in top {
            let key = keyNode.string ?? ""
            let loc = SourceLocation(keyNode.mark)
            switch key {
            case "name":
                if let s = plainString(value) { file.name = s } else { report(SourceLocation(value.mark), "'name' must be a string") }
            case "description": break
            case "workers":
                if value.string == "auto" { file.workers = nil }
                else if let n = intValue(value), n >= 1 { file.workers = n }
                else { report(SourceLocation(value.mark), "'workers' must be 'auto' or an integer >= 1, got '\(value.string ?? "?")'") }
            case "max_in_flight":
                if let n = intValue(value), n >= 1 { file.maxInFlight = n }
                else { report(SourceLocation(value.mark), "'max_in_flight' must be an integer >= 1") }
            case "on_error":
                if let p = policy(value) { file.onError = p }
                else { report(SourceLocation(value.mark), "'on_error' must be one of skip, fail, got '\(value.string ?? "?")'") }
            case "stages":
                stagesNode = value
            case "report":
                file.report = parseReport(value, report: report)
            case "plugins":
                let items = value.sequence.map(Array.init) ?? [value]
                for item in items {
                    if let p = plainString(item), !p.isEmpty { file.plugins.append((p, SourceLocation(item.mark))) }
                    else { report(SourceLocation(item.mark), "'plugins' must be a list of paths to shared libraries") }
                }
            case "resume", "checkpoint_every":
                parseResume(key, value, into: &file, report: report)
            case "isolate":
                if let b = boolValue(value, "isolate", report: report) { file.isolate = b }
            case "timeout":
                if let t = durationValue(value, report: report) { file.timeout = t }
            case "max_document_bytes":
                if let n = byteSize(value, report: report) { file.maxDocumentBytes = n }
            default:
                report(loc, "unknown key '\(key)'\(NameSuggestion.hint(key, topLevelKeys)); valid keys: \(topLevelKeys.joined(separator: ", "))")
            }
        }

        guard let stagesNode else {
            report(SourceLocation(root.mark), "missing 'stages': a pipeline needs a list of stages")
            return (file, diagnostics)
        }
        guard let list = stagesNode.sequence else {
            report(SourceLocation(stagesNode.mark), "'stages' must be a list of entries like '- stage: load'")
            return (file, diagnostics)
        }

        for item in list {
            let itemLoc = SourceLocation(item.mark)
            guard let map = item.mapping else {
                let hint = item.string.map { " (write '- stage: \($0)')" } ?? ""
                report(itemLoc, "a stage entry must be a mapping with 'stage:'\(hint)")
                continue
            }
            var entry = Entry(stage: "", stageLocation: itemLoc, id: "", idLocation: itemLoc, onError: nil, options: [], location: itemLoc)
            var hasStage = false, hasID = false
            for (keyNode, value) in map {
                let key = keyNode.string ?? ""
                let loc = SourceLocation(keyNode.mark)
                switch key {
                case "stage":
                    if let s = plainString(value) { entry.stage = s; entry.stageLocation = SourceLocation(value.mark); hasStage = true }
                    else { report(SourceLocation(value.mark), "'stage' must be a stage name") }
                case "id":
                    if let s = plainString(value), !s.isEmpty { entry.id = s; entry.idLocation = SourceLocation(value.mark); hasID = true }
                    else { report(SourceLocation(value.mark), "'id' must be a non-empty string") }
                case "on_error":
                    if let p = policy(value) { entry.onError = p }
                    else { report(SourceLocation(value.mark), "'on_error' must be one of skip, fail, got '\(value.string ?? "?")'") }
                case "isolate":
                    entry.isolate = boolValue(value, "isolate", report: report)
                case "timeout":
                    entry.timeout = durationValue(value, report: report)
                case "with":
                    if case .scalar(let s) = value, s.string.isEmpty || s.string == "~" || s.string == "null" { break }
                    guard let options = value.mapping else {
                        report(SourceLocation(value.mark), "'with' must be a mapping of option names to values")
                        continue
                    }
                    for (optionKey, optionValue) in options {
                        entry.options.append((optionKey.string ?? "", raw(optionValue), SourceLocation(optionValue.mark), SourceLocation(optionKey.mark)))
                    }
                default:
                    report(loc, "unknown key '\(key)' in a stage entry\(NameSuggestion.hint(key, entryKeys)); an entry has \(entryKeys.joined(separator: ", ")) (options go under 'with:')")
                }
            }
            guard hasStage else {
                report(itemLoc, "a stage entry needs 'stage:'")
                continue
            }
            if !hasID { entry.id = entry.stage; entry.idLocation = entry.stageLocation }
            file.entries.append(entry)
        }
        if list.isEmpty { report(SourceLocation(stagesNode.mark), "'stages' is empty") }
        return (file, diagnostics)
    }

    private static func plainString(_ node: Node) -> String? {
        guard case .scalar(let s) = node else { return nil }
        return s.string
    }

    static func intValue(_ node: Node) -> Int? {
        guard case .scalar(let s) = node, s.style == .plain else { return nil }
        return Int(s.string)
    }

    private static func policy(_ node: Node) -> ErrorPolicy? {
        plainString(node).flatMap(ErrorPolicy.init(rawValue:))
    }

    private static func raw(_ node: Node) -> RawOption {
        switch node {
        case .scalar(let s): return .scalar(s.string, plain: s.style == .plain)
        case .sequence(let seq):
            var items: [String] = []
            for item in seq {
                guard case .scalar(let s) = item else { return .other("a nested list or mapping") }
                items.append(s.string)
            }
            return .list(items)
        case .mapping: return .other("a mapping")
        case .alias: return .other("an alias")
        }
    }

    private static func describe(_ error: YamlError) -> (SourceLocation, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let ctx = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return (SourceLocation(mark), "YAML syntax error: \(problem)\(ctx)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return (SourceLocation(context.mark), "duplicate key '\(duplicates.first ?? "?")' in a mapping")
        case let .reader(problem, offset, _, _):
            return (SourceLocation(line: 1, column: 1), "cannot read YAML: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            return (SourceLocation(line: 1, column: 1), "YAML error: \(error)")
        }
    }
}
