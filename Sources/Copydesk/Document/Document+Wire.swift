/// Reading and writing the wire format of `docs/document-format.md`.
extension Document {
    /// Why a JSON value is not a valid document.
    public struct WireError: Error, CustomStringConvertible, Sendable {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// Builds a document from one parsed JSON object.
    ///
    /// - Parameter fallbackID: used when the object has no `id` (for example
    ///   the file and line it was read from).
    public init(json: JSONValue, fallbackID: String? = nil) throws(WireError) {
        var moved: [String] = []
        try self.init(json: json, fallbackID: fallbackID, movedAside: &moved)
    }

    /// The name a field that clashes with a layer is kept under.
    public static func movedAsideName(_ key: String) -> String { "input_" + key }

    /// As `init(json:fallbackID:)`; a field named like a layer that does not
    /// have a layer's shape (a dataset's own `summary` string, `entities` as a
    /// list of names) is kept under `input_<name>` and its name appended to
    /// `movedAside`, rather than the document being rejected.
    public init(json: JSONValue, fallbackID: String? = nil, movedAside: inout [String]) throws(WireError) {
        guard case .object(let pairs) = json else { throw WireError("a document must be a JSON object") }
        var id: String? = nil
        var text: String? = nil
        var date: String? = nil
        var entities: [Entity]? = nil
        var numbers: [NumberAnnotation]? = nil
        var summary: [Span]? = nil
        var rest: [(key: String, value: JSONValue)] = []
        for (key, value) in pairs {
            switch key {
            case "id":
                switch value {
                case .string(let s): id = s
                case .number, .numberText: var w = JSONWriter(); w.value(value); id = String(decoding: w.bytes, as: UTF8.self)
                default: throw WireError("field 'id' must be a string")
                }
            case "text":
                guard case .string(let s) = value else { throw WireError("field 'text' must be a string") }
                text = s
            case "date":
                switch value {
                case .null: date = nil
                case .string(let s):
                    guard let day = DocumentDate.isoDay(s) else { throw WireError("field 'date' must be an ISO 8601 day (YYYY-MM-DD), got '\(s)'") }
                    date = day
                default: throw WireError("field 'date' must be a string")
                }
            case "entities" where !Self.isLayerShaped(value), "numbers" where !Self.isLayerShaped(value),
                 "summary" where !Self.isLayerShaped(value):
                let name = Self.movedAsideName(key)
                guard !pairs.contains(where: { $0.key == name }) else {
                    throw WireError("field '\(key)' is not a list of spans, and '\(name)', where it would be kept, is taken")
                }
                rest.append((name, value))
                movedAside.append(key)
            case "entities": entities = try Self.decodeList(value, field: key, Self.decodeEntity)
            case "numbers": numbers = try Self.decodeList(value, field: key, Self.decodeNumber)
            case "summary": summary = try Self.decodeList(value, field: key, Self.decodeSpan)
            default: rest.append((key, value))
            }
        }
        guard let text else { throw WireError("missing field 'text'") }
        guard let resolvedID = id ?? fallbackID else { throw WireError("missing field 'id'") }
        self.init(id: resolvedID, text: text, date: date, fields: rest)
        self.entities = entities
        self.numbers = numbers
        self.summary = summary
    }

    /// The document as one line of JSON, without the newline.
    public func wireJSON(into w: inout JSONWriter) { wireJSON(into: &w, sourceOffsets: false) }

    /// With `sourceOffsets`, every span also gets `source_start` and
    /// `source_end`, its range in the input text (Document+SourceMap), while
    /// that is known.
    public func wireJSON(into w: inout JSONWriter, sourceOffsets: Bool) {
        let source: Document? = sourceOffsets && sourceOffsetsDroppedBy == nil ? self : nil
        w.raw("{\"id\":")
        w.string(id)
        if let date { w.raw(",\"date\":"); w.string(date) }
        w.raw(",\"text\":")
        w.string(text)
        if let entities {
            w.raw(",\"entities\":[")
            for (i, e) in entities.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                Self.writeSpanHead(&w, e.start, e.end, e.text, source)
                w.raw(",\"label\":"); w.string(e.label)
                w.byte(UInt8(ascii: "}"))
            }
            w.byte(UInt8(ascii: "]"))
        }
        if let numbers {
            w.raw(",\"numbers\":[")
            for (i, n) in numbers.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                n.wireJSON(into: &w, source: source)
            }
            w.byte(UInt8(ascii: "]"))
        }
        if let summary {
            w.raw(",\"summary\":[")
            for (i, s) in summary.enumerated() {
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                Self.writeSpanHead(&w, s.start, s.end, s.text, source)
                w.byte(UInt8(ascii: "}"))
            }
            w.byte(UInt8(ascii: "]"))
        }
        for (key, value) in fields {
            w.byte(UInt8(ascii: ","))
            w.key(key)
            w.value(value)
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// The document as one line of JSON, without the newline.
    public var wireJSON: String {
        var w = JSONWriter()
        wireJSON(into: &w)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    fileprivate static func writeSpanHead(_ w: inout JSONWriter, _ start: Int, _ end: Int, _ text: String, _ source: Document? = nil) {
        w.raw("{\"start\":"); w.number(start)
        w.raw(",\"end\":"); w.number(end)
        w.raw(",\"text\":"); w.string(text)
        if let range = source?.sourceRange(start, end) {
            w.raw(",\"source_start\":"); w.number(range.lowerBound)
            w.raw(",\"source_end\":"); w.number(range.upperBound)
        }
    }

    /// A layer is null or a list of objects; anything else is some other data
    /// that happens to share the name.
    static func isLayerShaped(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case .array(let items): return items.allSatisfy { if case .object = $0 { true } else { false } }
        default: return false
        }
    }

    private static func decodeList<T>(_ value: JSONValue, field: String, _ decode: (JSONValue) throws(WireError) -> T) throws(WireError) -> [T]? {
        if case .null = value { return nil }
        guard case .array(let items) = value else { throw WireError("field '\(field)' must be an array") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            do { out.append(try decode(item)) } catch { throw WireError("\(field)[\(i)]: \(error.description)") }
        }
        return out
    }

    private static func spanFields(_ v: JSONValue) throws(WireError) -> (Int, Int, String) {
        guard case .object = v else { throw WireError("must be an object") }
        guard let s = v["start"]?.numberValue, let e = v["end"]?.numberValue, s == s.rounded(), e == e.rounded(), s >= 0, e >= s else {
            throw WireError("'start' and 'end' must be integers with 0 <= start <= end")
        }
        return (Int(s), Int(e), v["text"]?.stringValue ?? "")
    }

    private static func decodeEntity(_ v: JSONValue) throws(WireError) -> Entity {
        let (s, e, t) = try spanFields(v)
        guard let label = v["label"]?.stringValue else { throw WireError("missing 'label'") }
        return Entity(start: s, end: e, text: t, label: label)
    }

    private static func decodeSpan(_ v: JSONValue) throws(WireError) -> Span {
        let (s, e, t) = try spanFields(v)
        return Span(start: s, end: e, text: t)
    }

    private static func decodeNumber(_ v: JSONValue) throws(WireError) -> NumberAnnotation {
        let (s, e, t) = try spanFields(v)
        guard let kindName = v["kind"]?.stringValue, let kind = NumberKind(rawValue: kindName) else {
            throw WireError("'kind' must be one of \(NumberKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var n = NumberAnnotation(start: s, end: e, text: t, kind: kind)
        switch v["value"] {
        case .number(let d)?: n.value = .number(d)
        case .string(let str)?: n.value = .string(str)
        default: break
        }
        n.unit = v["unit"]?.stringValue
        n.min = v["min"]?.numberValue
        n.max = v["max"]?.numberValue
        n.timex = v["timex"]?.stringValue
        n.mod = v["mod"]?.stringValue
        n.relative = v["relative"]?.stringValue
        return n
    }
}

extension NumberAnnotation {
    func wireJSON(into w: inout JSONWriter, source: Document? = nil) {
        Document.writeSpanHead(&w, start, end, text, source)
        w.raw(",\"kind\":"); w.string(kind.rawValue)
        switch value {
        case .number(let d)?: w.raw(",\"value\":"); w.number(d)
        case .string(let s)?: w.raw(",\"value\":"); w.string(s)
        case nil: break
        }
        if let unit { w.raw(",\"unit\":"); w.string(unit) }
        if kind == .range {
            // Open ends are written as null: the wire format reads min/max on every range.
            w.raw(",\"min\":"); if let min { w.number(min) } else { w.raw("null") }
            w.raw(",\"max\":"); if let max { w.number(max) } else { w.raw("null") }
        }
        if let timex { w.raw(",\"timex\":"); w.string(timex) }
        if let mod { w.raw(",\"mod\":"); w.string(mod) }
        if let relative { w.raw(",\"relative\":"); w.string(relative) }
        w.byte(UInt8(ascii: "}"))
    }
}

/// Document dates: ISO 8601 days, validated without Foundation's calendars.
public enum DocumentDate {
    /// `s` if it is a valid `YYYY-MM-DD` day (a longer ISO date-time is cut to its day).
    public static func isoDay(_ s: String) -> String? {
        let u = Array(s.utf8.prefix(10))
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard u[i] >= 0x30, u[i] <= 0x39 else { return nil }; v = v * 10 + Int(u[i] - 0x30) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), (1...12).contains(m), d >= 1, d <= daysInMonth(year: y, month: m) else { return nil }
        let rest = s.utf8.dropFirst(10)
        if let first = rest.first, first != UInt8(ascii: "T"), first != UInt8(ascii: " ") { return nil }
        return String(decoding: u, as: UTF8.self)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
