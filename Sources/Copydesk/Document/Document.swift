/// The one document type that flows through every stage.
///
/// Its wire form is fixed by `docs/document-format.md`: offsets count Unicode
/// scalars into `text`, end exclusive. Layers a pipeline has not produced are
/// `nil` and are not written; fields Copydesk does not model are kept in
/// `fields` and written back untouched.
public struct Document: Sendable, Equatable {
    public var id: String
    /// ISO 8601 day (`YYYY-MM-DD`) when known.
    public var date: String?
    /// The text; setting it drops the analysis made of the old one, and the
    /// offsets into the input unless set through `rewriteText`.
    public var text: String {
        didSet {
            analysisCache = AnalysisCache()
            textChanged(from: oldValue)
        }
    }
    public var entities: [Entity]?
    public var numbers: [NumberAnnotation]?
    public var summary: [Span]?
    /// Input fields Copydesk does not model, in input order.
    public var fields: [(key: String, value: JSONValue)]
    /// `analysis`, once made.
    var analysisCache = AnalysisCache()
    /// Where `text` came from in the input (Document+SourceMap); never on the wire.
    var sourceState = SourceState.input

    public init(id: String, text: String, date: String? = nil, fields: [(key: String, value: JSONValue)] = []) {
        self.id = id
        self.text = text
        self.date = date
        self.fields = fields
    }

    public static func == (lhs: Document, rhs: Document) -> Bool {
        lhs.id == rhs.id && lhs.date == rhs.date && lhs.text == rhs.text && lhs.entities == rhs.entities
            && lhs.numbers == rhs.numbers && lhs.summary == rhs.summary && JSONValue.object(lhs.fields) == JSONValue.object(rhs.fields)
    }

    /// The value of a pass-through field.
    public subscript(field key: String) -> JSONValue? {
        get { fields.first(where: { $0.key == key })?.value }
        set {
            if let i = fields.firstIndex(where: { $0.key == key }) {
                if let newValue { fields[i].value = newValue } else { fields.remove(at: i) }
            } else if let newValue {
                fields.append((key, newValue))
            }
        }
    }
}

/// A span of a document's text, in Unicode scalar offsets, end exclusive.
public struct Span: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A named entity: `PER`, `ORG`, `LOC`, `MISC`, or a user's own label.
public struct Entity: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var label: String

    public init(start: Int, end: Int, text: String, label: String) {
        self.start = start
        self.end = end
        self.text = text
        self.label = label
    }
}

/// The kinds of number and time expression of the wire format.
public enum NumberKind: String, Sendable, CaseIterable {
    case cardinal, ordinal, percent, money, quantity, range
    case date, time, datetime, duration, set
}

/// A number, quantity or time expression with its normalised value.
public struct NumberAnnotation: Sendable, Hashable {
    /// A JSON number for numeric kinds, an ISO 8601 string for temporal ones.
    public enum Value: Sendable, Hashable {
        case number(Double)
        case string(String)
    }

    public var start: Int
    public var end: Int
    public var text: String
    public var kind: NumberKind
    public var value: Value?
    public var unit: String?
    public var min: Double?
    public var max: Double?
    /// TIMEX3 value for temporal kinds (`2022-12-14`, `XXXX-12-25`, `P3W`).
    public var timex: String?
    /// TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, …), an added field.
    public var mod: String?
    /// For ordinals relative to a position rather than counted from the
    /// start ("last" `end+0`, "penultimate" `end-1`, "next" `current+1`), an
    /// added field; such ordinals have no `value`.
    public var relative: String?

    public init(start: Int, end: Int, text: String, kind: NumberKind, value: Value? = nil, unit: String? = nil,
                min: Double? = nil, max: Double? = nil, timex: String? = nil, mod: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.min = min
        self.max = max
        self.timex = timex
        self.mod = mod
    }
}
