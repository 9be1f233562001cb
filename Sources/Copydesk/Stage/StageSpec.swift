/// A layer of annotation that stages produce and need, for ordering checks
/// (spaCy's `requires`/`assigns`). Users may declare their own.
public struct Layer: Hashable, Sendable, RawRepresentable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let text: Layer = "text"
    public static let entities: Layer = "entities"
    public static let numbers: Layer = "numbers"
    public static let summary: Layer = "summary"
    /// The tokens of `Document.analysis`: made by the engine from `text` on
    /// first use, so available wherever `text` is.
    public static let tokens: Layer = "tokens"
    /// The sentences of `Document.analysis`, likewise derived from `text`.
    public static let sentences: Layer = "sentences"
    /// Layers the engine derives from `text` (`Document.analysis`) rather
    /// than a stage: whoever produces `text` produces these.
    public static let derivedFromText: [Layer] = [.tokens, .sentences]
}

/// Where a stage sits in a pipeline.
public enum StageRole: String, Sendable {
    case source, transform, sink
}

/// The declaration of a stage: one value drives option parsing, validation,
/// `copydesk stages` and the reference documentation.
public struct StageSpec: Sendable {
    public var name: String
    public var summary: String
    public var role: StageRole
    public var options: [OptionSpec]
    /// Layers that must have been produced by an earlier stage.
    public var requires: [Layer]
    /// Layers this stage produces.
    public var provides: [Layer]
    /// Layers this stage makes stale (for example `clean` rewrites the text
    /// that entity offsets point into), so it must come before their producers.
    public var invalidates: [Layer]
    /// Groups of options of which at most one may be given.
    public var exclusiveOptions: [[String]]
    /// A YAML snippet of a stage entry, shown by `copydesk stages NAME`.
    public var example: String

    public init(name: String, summary: String, role: StageRole = .transform, options: [OptionSpec] = [],
                requires: [Layer] = [], provides: [Layer] = [], invalidates: [Layer] = [],
                exclusiveOptions: [[String]] = [], example: String) {
        self.name = name
        self.summary = summary
        self.role = role
        self.options = options
        self.requires = requires
        self.provides = provides
        self.invalidates = invalidates
        self.exclusiveOptions = exclusiveOptions
        self.example = example
    }

    public func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
}

/// The type of one option.
public enum OptionType: Sendable, Equatable, CustomStringConvertible {
    case string
    /// A file-system path; relative values resolve against the pipeline file's directory, `-` is kept.
    case path
    case integer
    case number
    case boolean
    case choice([String])
    case stringList

    public var description: String {
        switch self {
        case .string: return "string"
        case .path: return "path"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .choice(let values): return values.joined(separator: " | ")
        case .stringList: return "list of strings"
        }
    }
}

/// A typed option value.
public enum OptionValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case list([String])

    public var description: String {
        switch self {
        case .string(let s): return s.isEmpty ? "\"\"" : s
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .boolean(let b): return String(b)
        case .list(let l): return "[" + l.joined(separator: ", ") + "]"
        }
    }
}

/// One documented, typed option of a stage.
public struct OptionSpec: Sendable {
    public var name: String
    public var type: OptionType
    public var defaultValue: OptionValue?
    public var required: Bool
    /// Inclusive bounds for `integer` and `number` options.
    public var minimum: Double?
    public var maximum: Double?
    public var summary: String

    public init(_ name: String, _ type: OptionType, default defaultValue: OptionValue? = nil, required: Bool = false,
                minimum: Double? = nil, maximum: Double? = nil, summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.required = required
        self.minimum = minimum
        self.maximum = maximum
        self.summary = summary
    }
}

/// The validated options of one stage entry: given values over defaults.
public struct StageOptions: Sendable {
    public private(set) var values: [String: OptionValue]
    /// The options the pipeline file (or an override) set explicitly.
    public private(set) var explicitlySet: Set<String>

    public init(values: [String: OptionValue] = [:], explicitlySet: Set<String> = []) {
        self.values = values
        self.explicitlySet = explicitlySet
    }

    /// Options with every default of `spec` filled in, then `given` on top.
    public init(spec: StageSpec, given: [String: OptionValue]) {
        var values: [String: OptionValue] = [:]
        for option in spec.options { if let d = option.defaultValue { values[option.name] = d } }
        for (k, v) in given { values[k] = v }
        self.init(values: values, explicitlySet: Set(given.keys))
    }

    public func isSet(_ name: String) -> Bool { explicitlySet.contains(name) }

    public subscript(name: String) -> OptionValue? { values[name] }

    public func string(_ name: String) -> String? {
        if case .string(let s)? = values[name] { return s }
        return nil
    }

    public func int(_ name: String) -> Int? {
        if case .integer(let i)? = values[name] { return i }
        return nil
    }

    /// Integers are accepted where numbers are expected.
    public func double(_ name: String) -> Double? {
        switch values[name] {
        case .number(let d)?: return d
        case .integer(let i)?: return Double(i)
        default: return nil
        }
    }

    public func bool(_ name: String) -> Bool? {
        if case .boolean(let b)? = values[name] { return b }
        return nil
    }

    public func list(_ name: String) -> [String]? {
        if case .list(let l)? = values[name] { return l }
        return nil
    }
}
