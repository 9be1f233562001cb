import Foundation

/// A JSON value, used for the fields of a document that Copydesk does not
/// model itself: they are read, kept and written back untouched.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    /// A number whose text in the input a `Double` would not write back as it
    /// came (more digits than a double holds, out of its range, an exponent,
    /// trailing zeros): kept as that text so pass-through fields round-trip
    /// byte for byte. It compares and hashes by value, as `.number` does.
    case numberText(String)
    case string(String)
    case array([JSONValue])
    /// Keys keep their input order so that pass-through fields round-trip.
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case (.number, .number), (.number, .numberText), (.numberText, .number):
            return lhs.numberValue == rhs.numberValue
        case let (.numberText(a), .numberText(b)): return a == b || Double(a) == Double(b)
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number, .numberText: hasher.combine(numberValue)
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o):
            for (k, v) in o { hasher.combine(k); hasher.combine(v) }
        }
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first(where: { $0.key == key })?.value
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var numberValue: Double? {
        switch self {
        case .number(let n): return n
        case .numberText(let t): return Double(t)
        default: return nil
        }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
}
