/// The stages a pipeline can name: a value you build and pass, not a global.
///
/// Built-in stages register through exactly these methods, as a user's do.
public struct StageRegistry: Sendable {
    /// A built stage instance, by role.
    public enum Instance: Sendable {
        case source(any DocumentSource)
        case transform(any Stage)
        case sink(any DocumentSink)
    }

    public struct Entry: Sendable {
        public let spec: StageSpec
        public let make: @Sendable (StageOptions, StageContext) throws -> Instance
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    public init() {}

    public mutating func register<S: Stage>(_ type: S.Type) {
        add(Entry(spec: withRole(S.spec, .transform)) { .transform(try S(options: $0, context: $1)) })
    }

    public mutating func register<S: DocumentSource>(_ type: S.Type) {
        add(Entry(spec: withRole(S.spec, .source)) { .source(try S(options: $0, context: $1)) })
    }

    public mutating func register<S: DocumentSink>(_ type: S.Type) {
        add(Entry(spec: withRole(S.spec, .sink)) { .sink(try S(options: $0, context: $1)) })
    }

    /// A later registration of the same name replaces the earlier one, so a
    /// user's binary can swap a built-in for its own version.
    private mutating func add(_ entry: Entry) {
        if entries[entry.spec.name] == nil { order.append(entry.spec.name) }
        entries[entry.spec.name] = entry
    }

    private func withRole(_ spec: StageSpec, _ role: StageRole) -> StageSpec {
        var s = spec
        s.role = role
        return s
    }

    public subscript(name: String) -> Entry? { entries[name] }

    /// Every registered stage's name, in registration order.
    public var names: [String] { order }

    public var specs: [StageSpec] { order.compactMap { entries[$0]?.spec } }
}
