import Copydesk

/// HTML text built by appending: everything that comes from the run goes
/// through `text` or `attribute`, which escape it, so a document's text can
/// never open a tag or end an attribute.
struct HTML {
    private(set) var out = ""

    init() { out.reserveCapacity(1 << 16) }

    /// Markup written by the report itself.
    mutating func raw(_ s: String) { out += s }

    /// Text content, escaped.
    mutating func text(_ s: some StringProtocol) { out += Self.escape(s) }

    /// Escapes `&<>"'` and replaces the code points that HTML5 forbids in a
    /// document (C0 and C1 controls but tab, line feed, form feed and carriage
    /// return; noncharacters) by U+FFFD, one for one, so positions still count.
    static func escape(_ s: some StringProtocol) -> String {
        // Only these bytes can start something to replace: ASCII specials and
        // controls, C1 controls (C2 80–9F), noncharacters (EF …, 4-byte forms).
        let needs = s.utf8.contains { (b: UInt8) -> Bool in Self.mayNeedEscape[Int(b)] }
        guard needs else { return String(s) }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default: out.append(isForbidden(c) ? "\u{FFFD}" : c)
            }
        }
        return String(out)
    }

    static let mayNeedEscape: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in 0..<0x20 { table[b] = true }
        for b in 0xF0..<0x100 { table[b] = true }
        for b: UInt8 in [0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F, 0xC2, 0xEF] { table[Int(b)] = true }
        return table
    }()

    static func isForbidden(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x20 { return !(v == 0x09 || v == 0x0A || v == 0x0C || v == 0x0D) }
        if v >= 0x7F && v <= 0x9F { return true }
        return (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }
}

/// Numbers as the report shows them.
enum Figures {
    /// `12,345`.
    static func int(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// One decimal below 100, none above: `3.4`, `1,250`.
    static func rate(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        return x < 100 ? String(format: "%.1f", x) : int(Int(x.rounded()))
    }

    /// `1.2bn`, `340m`, `12.5k`, `950`.
    static func compact(_ x: Double) -> String {
        let a = abs(x)
        func f(_ v: Double, _ suffix: String) -> String {
            let s = v >= 100 ? String(format: "%.0f", v) : v >= 10 ? String(format: "%.1f", v) : String(format: "%.2f", v)
            return (x < 0 ? "-" : "") + s + suffix
        }
        if a >= 1e12 { return f(a / 1e12, "tn") }
        if a >= 1e9 { return f(a / 1e9, "bn") }
        if a >= 1e6 { return f(a / 1e6, "m") }
        if a >= 1e4 { return f(a / 1e3, "k") }
        return a == a.rounded() ? int(Int(x)) : String(format: "%.2f", x)
    }

    /// As JSON writes it: `3000000`, `2.5`.
    static func plain(_ v: Double) -> String {
        var w = JSONWriter()
        w.number(v)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// `54.3 MB`.
    static func bytes(_ n: Int) -> String {
        let x = Double(n)
        if x >= 1e9 { return String(format: "%.2f GB", x / 1e9) }
        if x >= 1e6 { return String(format: "%.1f MB", x / 1e6) }
        if x >= 1e3 { return String(format: "%.1f kB", x / 1e3) }
        return "\(n) B"
    }

    static func seconds(_ s: Double) -> String {
        if s < 1 { return String(format: "%.0f ms", s * 1000) }
        if s < 120 { return String(format: "%.2f s", s) }
        return String(format: "%d min %02d s", Int(s) / 60, Int(s) % 60)
    }
}
