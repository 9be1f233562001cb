/// Appends JSON text to a byte buffer: the writing half of the wire format.
///
/// Hand-written because the document's field order is part of a readable wire
/// format (`id`, `date`, `text`, then the annotation layers) and because
/// writing is on the per-document hot path.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    public mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    public mutating func byte(_ b: UInt8) { bytes.append(b) }

    public mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            // Runs that need no escape are copied whole.
            var run = 0
            for (i, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                run = i + 1
                switch b {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                default:
                    raw("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Integral values print without a fraction (`13`, not `13.0`), so that
    /// counts and offsets read as integers by every JSON consumer.
    public mutating func number(_ d: Double) {
        if d.isNaN || d.isInfinite { raw("null"); return }
        if d == d.rounded(), abs(d) < 9.007_199_254_740_992e15 {
            bytes.append(contentsOf: String(Int64(d)).utf8)
        } else {
            bytes.append(contentsOf: "\(d)".utf8)
        }
    }

    public mutating func number(_ i: Int) { bytes.append(contentsOf: String(i).utf8) }

    public mutating func key(_ k: String) {
        string(k)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: raw("null")
        case .bool(let b): if b { raw("true") } else { raw("false") }
        case .number(let d): number(d)
        case .numberText(let t): bytes.append(contentsOf: t.utf8)
        case .string(let s): string(s)
        case .array(let items):
            byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { byte(UInt8(ascii: ",")) }
                value(item)
            }
            byte(UInt8(ascii: "]"))
        case .object(let pairs):
            byte(UInt8(ascii: "{"))
            for (i, pair) in pairs.enumerated() {
                if i > 0 { byte(UInt8(ascii: ",")) }
                key(pair.key)
                value(pair.value)
            }
            byte(UInt8(ascii: "}"))
        }
    }

    public mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    /// Room for `count` bytes in all, so that a line of known size is not built by doubling.
    public mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    public var capacity: Int { bytes.capacity }
}
