import Copydesk

/// Tokens that hold numbers without being one: numeric dates, addresses,
/// versions and digits read out. Their numbers are reported as cardinals, as
/// Recognizers-Text reports them, beside whatever the token is as a whole.
extension NumberRecognizer {
    /// The digit groups of a number token that is no number itself but
    /// digits joined by separators ("192.168.1.2", "5/17/2018"; with
    /// `hyphens`, "2018-09-23"), each as a cardinal; none for a number
    /// ("1,400", "3.5", "3/4"), a clock ("15:00") or a range ("5-10").
    func digitGroups(_ k: Int, hyphens: Bool = false) -> [NumberExpression] {
        guard tokens[k].kind == .number else { return [] }
        // Counted on the lower-cased bytes: most number tokens are plain numbers and end here.
        var dots = 0, slashes = 0, dashes = 0
        for b in lower[k].utf8 {
            switch b {
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "/"): slashes += 1
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: ":"), UInt8(ascii: ","): return []
            default: break
            }
        }
        // One kind of separator only: "0.7-0.8" is a range of decimals.
        guard [dots, slashes, dashes].filter({ $0 > 0 }).count == 1, dots >= 2 || slashes >= 2 || (hyphens && dashes >= 1) else { return [] }
        // Number tokens are ASCII: byte offsets are scalar offsets.
        var out: [NumberExpression] = []
        var start = tokens[k].start
        for group in lower[k].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }) {
            if let v = Double(group) {
                out.append(NumberExpression(inside: k, of: tokens, start: start, end: start + group.utf8.count, text: String(group), kind: .cardinal, value: .number(v)))
            }
            start += group.utf8.count + 1
        }
        return out
    }

    /// Digits read out one by one ("three-nought-four"), each a
    /// cardinal: unit words joined by hyphens that make no number together.
    func spokenDigits(_ k: Int) -> [NumberExpression] {
        guard temporal.can(k, .temporalPrefix) else { return [] }
        let t = tokens[k]
        let original = text.string(t)
        var out: [NumberExpression] = []
        var start = t.start
        // Number words are ASCII: offsets in the lower-cased bytes are offsets in the original text.
        for part in lower[k].split(separator: "-", omittingEmptySubsequences: false) {
            guard let (v, type) = tables.numberWords[String(part)], type == .unit, v < 10 else { return [] }
            let from = original.utf8.index(original.startIndex, offsetBy: start - t.start)
            let to = original.utf8.index(from, offsetBy: part.utf8.count)
            out.append(NumberExpression(inside: k, of: tokens, start: start, end: start + part.utf8.count, text: String(original[from..<to]), kind: .cardinal, value: .number(v)))
            start += part.utf8.count + 1
        }
        // Two words may be a range ("two-three years") or a move ("a one-two"): three at least.
        return out.count >= 3 ? out : []
    }
}
