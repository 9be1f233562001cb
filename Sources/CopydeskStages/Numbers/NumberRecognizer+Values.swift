import Copydesk
import Foundation

/// The value of a number written in digits, with a scale, or as a fraction.
extension NumberRecognizer {
    // MARK: - Values

    struct Value {
        var value: Double
        var end: Int
        var ordinal = false
        var words = false
        /// The multiplier word or suffix applied ("million" → 1e6), 1 if none.
        var multiplied: Double = 1
        /// The last scale word of a number in words ("two million" → 1e6), 1 if none.
        var lastScale: Double = 1
    }

    /// Whether a minus at token `i` can be a sign: it opens the text, follows a space, or an
    /// opening bracket or a slash ("(-21C)", "-27C/-17F"); "F-16" and "2-1" are no signs.
    func signStands(at i: Int) -> Bool {
        i == 0 || tokens[i].spaceBefore || ["(", "[", "/"].contains(lower[i - 1])
    }

    /// The number starting at token `i`: digits, words, multipliers, fractions, sign.
    func value(at i: Int) -> Value? {
        guard i < tokens.count else { return nil }
        var sign = 1.0
        var i = i
        if (lower[i] == "minus" || lower[i] == "negative"), i + 1 < tokens.count, tokens[i + 1].kind != .punctuation {
            sign = -1
            i += 1
        } else if tokens[i].kind == .punctuation, lower[i] == "-" || lower[i] == "−", i + 1 < tokens.count, adjacent(i + 1),
           tokens[i + 1].kind == .number || (tokens[i + 1].kind == .word && tokens[i + 1].hasDigit),
           signStands(at: i) {
            sign = -1
            i += 1
        }
        var v: Value
        if tokens[i].kind == .punctuation, let f = Self.vulgarFractions[lower[i]] {
            return Value(value: sign * f, end: i + 1)
        }
        // ".08": a decimal without its leading zero.
        if lower[i] == ".", i + 1 < tokens.count, adjacent(i + 1), tokens[i + 1].kind == .number, i == 0 || tokens[i].spaceBefore,
           lower[i + 1].allSatisfy(\.isNumber), let d = Double("0." + lower[i + 1]) {
            return Value(value: sign * d, end: i + 2)
        }
        if tokens[i].kind == .number {
            // "%2020": digits after a percent sign are URL encoding.
            if i > 0, !tokens[i].spaceBefore, lower[i - 1] == "%" { return nil }
            guard let d = Self.digits(lower[i]) ?? fraction(lower[i]) else { return nil }
            v = Value(value: d, end: i + 1)
            // "1 234 567": groups of three digits one space apart.
            if !lower[i].utf8.contains(UInt8(ascii: ",")), !lower[i].utf8.contains(UInt8(ascii: ".")), lower[i].utf8.count <= 3 {
                var k = i + 1
                var total = d
                while k < tokens.count, tokens[k].kind == .number, tokens[k].start == tokens[k - 1].end + 1, lower[k].utf8.count == 3,
                      lower[k].allSatisfy(\.isNumber) {
                    total = total * 1000 + Double(lower[k])!
                    k += 1
                }
                if k > i + 1 { v = Value(value: total, end: k) }
            }
            // "1.1^23", "2.5^-1".
            if v.end + 1 < tokens.count, lower[v.end] == "^", adjacent(v.end) {
                var k = v.end + 1
                var expSign = 1.0
                if (lower[k] == "-" || lower[k] == "+"), adjacent(k), k + 1 < tokens.count { expSign = lower[k] == "-" ? -1 : 1; k += 1 }
                if adjacent(k), tokens[k].kind == .number, let e = Self.digits(lower[k]) {
                    v = Value(value: pow(v.value, expSign * e), end: k + 1)
                }
            }
            // "2.8 x 10^6", "2.8×10^-3": a mantissa times a power of ten, spaced or not.
            if v.end + 3 < tokens.count, Self.timesSigns.contains(lower[v.end]), lower[v.end + 1] == "10", lower[v.end + 2] == "^",
               adjacent(v.end + 2) {
                var k = v.end + 3
                var expSign = 1.0
                if lower[k] == "-" || lower[k] == "+" || lower[k] == "−", k + 1 < tokens.count { expSign = lower[k] == "+" ? 1 : -1; k += 1 }
                if adjacent(k), tokens[k].kind == .number, let e = Self.digits(lower[k]) {
                    v = Value(value: v.value * pow(10, expSign * e), end: k + 1)
                }
            }
            // "1.5 × 10⁶", "10⁻³": a power of ten with a superscript exponent (one token a mark).
            if v.end + 1 < tokens.count, Self.timesSigns.contains(lower[v.end]), lower[v.end + 1] == "10",
               let (e, end) = superscriptExponent(after: v.end + 2) {
                v = Value(value: v.value * pow(10, e), end: end)
            } else if lower[v.end - 1] == "10", v.end == i + 1, let (e, end) = superscriptExponent(after: v.end), abs(e) >= 2 {
                v = Value(value: pow(10, e), end: end)
            }
            // "1 1/2"
            if i + 1 < tokens.count, tokens[i + 1].kind == .number, let f = fraction(lower[i + 1]), f < 1 { v.value += f; v.end += 1 }
            // "1.111,11": dots grouping thousands and a decimal comma, which English never writes.
            if v.end == i + 1, i + 2 < tokens.count, lower[i + 1] == ",", adjacent(i + 1), adjacent(i + 2), tokens[i + 2].kind == .number,
               let european = Self.european(lower[i], lower[i + 2]) {
                v = Value(value: european, end: i + 3)
            }
        } else if tokens[i].kind == .word, tokens[i].hasDigit {
            if let scientific = scientific(at: i) {
                v = scientific
            } else {
                guard let glued = gluedNumber(lower[i]) else { return nil }
                v = Value(value: glued.0, end: i + 1, ordinal: glued.1, multiplied: glued.2)
            }
        } else if let f = writtenFraction(at: i) {
            v = f
        } else if let w = wordNumber(at: i) {
            v = w
        } else {
            return nil
        }
        // "two hundred point zero three", "nine point nought four".
        if v.words, !v.ordinal, v.end + 1 < tokens.count, lower[v.end] == "point", let (decimals, end) = decimalWords(at: v.end + 1) {
            v.value += decimals
            v.end = end
        }
        // "1 over 3", "one over twenty": a fraction, unless a noun follows ("over 3 years").
        if !v.ordinal, v.end + 1 < tokens.count, lower[v.end] == "over", let d = value(at: v.end + 1), !d.ordinal, d.value != 0,
           d.end >= tokens.count || tokens[d.end].kind != .word {
            v = Value(value: v.value / d.value, end: d.end, words: true)
        }
        if !v.ordinal, let (fraction, end) = fraction(after: v) {
            v.value = fraction
            v.end = end
            v.words = true
        }
        // "two thirds of a million", "half a trillion".
        if v.words, v.value < 1, v.end + 1 < tokens.count {
            let of = lower[v.end] == "of" ? 1 : 0
            if v.end + of + 1 < tokens.count, lower[v.end + of] == "a", let m = tables.multipliers[lower[v.end + of + 1]], m >= 100 {
                v.value *= m
                v.multiplied = m
                v.end += of + 2
            }
        }
        // "one out of three", "13 out of 13": a ratio, as Recognizers-Text reads it; "12 out of 10" is two numbers.
        if !v.ordinal, v.end + 2 < tokens.count, lower[v.end] == "out", lower[v.end + 1] == "of",
           let d = value(at: v.end + 2), !d.ordinal, d.value >= v.value, d.value > 0 {
            v = Value(value: v.value / d.value, end: d.end, words: true)
        }
        // "1,674.5 G" at the end of a text: a capital letter standing for its multiplier.
        let lastLetter = v.end + 1 == tokens.count && tokens[v.end].isAllCaps && lower[v.end].utf8.count == 1
        if !v.ordinal, v.end < tokens.count, let m = tables.multipliers[lower[v.end]], lower[v.end].utf8.count > 1 || adjacent(v.end) || lastLetter {
            // "1.5 million", "3m" (glued single letters only), but not "a million" twice.
            v.value *= m
            v.multiplied *= m
            v.end += 1
            // "3 million and a half": the fraction is of the multiplier.
            if v.end + 2 < tokens.count, lower[v.end] == "and", lower[v.end + 1] == "a",
               let f = lower[v.end + 2] == "half" ? 0.5 : lower[v.end + 2] == "quarter" ? 0.25 : nil, v.end + 3 >= tokens.count || lower[v.end + 3] != "of" {
                v.value += f * m
                v.end += 3
            }
            // "4 thousand 3 hundred and 21": digits with smaller scales, then "and" a remainder.
            if !v.words {
                var scale = m
                while v.end + 1 < tokens.count, tokens[v.end].kind == .number, let d = Self.digits(lower[v.end]),
                      let next = tables.multipliers[lower[v.end + 1]], next < scale, lower[v.end + 1].utf8.count > 1 {
                    v.value += d * next
                    scale = next
                    v.end += 2
                }
                if v.end + 1 < tokens.count, lower[v.end] == "and", scale >= 100, let r = value(at: v.end + 1), !r.ordinal,
                   r.value > 0, r.value < scale, r.value == r.value.rounded(), r.multiplied == 1 {
                    v.value += r.value
                    v.end = r.end
                }
            }
        }
        v.value *= sign
        return v
    }

    /// Digits with thousands separators and a decimal point.
    static func digits<S: StringProtocol>(_ s: S) -> Double? {
        var clean = ""
        var commas = 0
        for c in s {
            if c == "," { commas += 1; continue }
            guard c.isASCII, c.isNumber || c == "." else { return nil }
            clean.append(c)
        }
        guard !clean.isEmpty, clean.filter({ $0 == "." }).count <= 1 else { return nil }
        return Double(clean)
    }

    /// "1.111" and "11" read as 1111.11; nil unless every dot groups three digits.
    static func european(_ whole: String, _ decimals: String) -> Double? {
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].utf8.count), groups.dropFirst().allSatisfy({ $0.utf8.count == 3 }),
              (1...2).contains(decimals.utf8.count), decimals.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Double(groups.joined() + "." + decimals)
    }

    func fraction(_ s: String) -> Double? {
        let parts = s.split(separator: "/")
        guard parts.count == 2, let a = Self.digits(parts[0]), let b = Self.digits(parts[1]), b != 0 else { return nil }
        return a / b
    }

    /// "2bn", "21st", "3m", "1990s": digits glued to a suffix.
    func gluedNumber(_ s: String) -> (Double, Bool, Double)? {
        let digitsPart = s.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard !digitsPart.isEmpty, let d = Self.digits(digitsPart) else { return nil }
        let rest = String(s.dropFirst(digitsPart.count))
        if rest == Self.ordinalSuffix(digitsPart) { return (d, true, 1) }
        if let m = tables.multipliers[rest] { return (d * m, false, m) }
        return nil
    }

    /// The suffix English writes after digits for the ordinal: "st" after a
    /// last digit 1, "nd" after 2, "rd" after 3, "th" otherwise and after 11 to
    /// 13 ("21st", "12th", "113th"). "15st" is fifteen stone, no ordinal.
    static func ordinalSuffix(_ digits: Substring) -> String {
        let d = Array(digits.utf8.filter { $0 >= 48 && $0 <= 57 })
        guard let last = d.last else { return "th" }
        if d.count >= 2, d[d.count - 2] == UInt8(ascii: "1") { return "th" }
        switch last {
        case UInt8(ascii: "1"): return "st"
        case UInt8(ascii: "2"): return "nd"
        case UInt8(ascii: "3"): return "rd"
        default: return "th"
        }
    }

    static let vulgarFractions: [String: Double] = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

    /// The exponent written in superscripts glued on at token `k` ("⁶", "⁻³"), and the token after it.
    func superscriptExponent(after k: Int) -> (Double, Int)? {
        var j = k, sign = 1.0, digits = 0.0, count = 0
        while j < tokens.count, adjacent(j), lower[j].unicodeScalars.count == 1, let c = lower[j].unicodeScalars.first {
            if count == 0, c == "⁻" || c == "⁺" { sign = c == "⁻" ? -1 : 1; j += 1; continue }
            guard let d = Self.superscriptDigits[c] else { break }
            digits = digits * 10 + Double(d)
            count += 1
            j += 1
        }
        return count > 0 ? (sign * digits, j) : nil
    }

    static let superscriptDigits: [Unicode.Scalar: Int] = ["⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9]

    /// "1.3e6", "12.32e+14", "1.3x10^6".
    static let timesSigns: Set<String> = ["x", "×", "*", "⋅", "·"]

    func scientific(at i: Int) -> Value? {
        let w = lower[i]
        if w.utf8.contains(UInt8(ascii: "e")), let d = Double(w), w.first?.isNumber == true { return Value(value: d, end: i + 1) }
        if w.hasSuffix("e"), let mantissa = Self.digits(w.dropLast()), i + 2 < tokens.count, adjacent(i + 1), adjacent(i + 2),
           lower[i + 1] == "+" || lower[i + 1] == "-", let e = Self.digits(lower[i + 2]) {
            return Value(value: mantissa * pow(10, (lower[i + 1] == "-" ? -1 : 1) * e), end: i + 3)
        }
        if let x = w.firstIndex(of: "x"), w[w.index(after: x)...] == "10", let mantissa = Self.digits(w[..<x]),
           i + 2 < tokens.count, lower[i + 1] == "^", adjacent(i + 1), adjacent(i + 2), let e = Self.digits(lower[i + 2]) {
            return Value(value: mantissa * pow(10, e), end: i + 3)
        }
        // "7.08x10⁻⁵": the exponent in superscripts.
        if let x = w.firstIndex(of: "x"), w[w.index(after: x)...] == "10", let mantissa = Self.digits(w[..<x]),
           let (e, end) = superscriptExponent(after: i + 1) {
            return Value(value: mantissa * pow(10, e), end: end)
        }
        return nil
    }

    /// Digit words after "point": "zero three" → 0.03, "seventy-one" → 0.71.
    func decimalWords(at start: Int) -> (Double, Int)? {
        var digits = ""
        var k = start
        while k < tokens.count {
            let parts = lower[k].split(separator: "-").map(String.init)
            var piece = ""
            for p in parts {
                guard let (v, type) = tables.numberWords[p], type == .unit || type == .ten, v < 100 else { piece = ""; break }
                piece += type == .ten && parts.count > 1 ? String(Int(v) / 10) : String(Int(v))
            }
            guard !piece.isEmpty else { break }
            digits += piece
            k += 1
        }
        guard !digits.isEmpty, let d = Double("0." + digits) else { return nil }
        return (d, k)
    }

    /// Denominators: "fifth" 5, "thirds" 3, "quarter" 4, "half" 2.
    func denominator(_ w: String) -> (Double, plural: Bool)? {
        if w == "half" { return (2, false) }
        if w == "halves" { return (2, true) }
        if w == "quarter" { return (4, false) }
        if w == "quarters" { return (4, true) }
        if let (v, type) = tables.numberWords[w], type == .ordinal, v >= 3 { return (v, false) }
        if w.hasSuffix("s"), let (v, type) = tables.numberWords[String(w.dropLast())], type == .ordinal, v >= 3 { return (v, true) }
        // "twenty-fifth", "twenty-firsts": a ten and an ordinal.
        let parts = w.split(separator: "-")
        if parts.count == 2, let (t, tenType) = tables.numberWords[String(parts[0])], tenType == .ten {
            let last = String(parts[1])
            let plural = last.hasSuffix("s") && tables.numberWords[last] == nil
            if let (u, type) = tables.numberWords[plural ? String(last.dropLast()) : last], type == .ordinal, u < 10 { return (t + u, plural) }
        }
        return nil
    }

    /// A fraction continuing the whole number `v`: "three fifths" (3/5),
    /// "one fifth", "three and a half" (3.5), "twenty and three fifths".
    func fraction(after v: Value) -> (Double, Int)? {
        let j = v.end
        guard j < tokens.count else { return nil }
        if let (d, plural) = denominator(lower[j]), v.value >= 1, v.value == v.value.rounded(), plural == (v.value != 1) || lower[j] == "half" {
            // "one half" but not "two half".
            if lower[j] == "half" && v.value != 1 { return nil }
            return (v.value / d, j + 1)
        }
        // "six one hundredths", "three one-thousandths": a denominator of a scale counted as one.
        if v.value > 1, v.value == v.value.rounded() {
            let w = lower[j]
            let (one, den, end) = w.hasPrefix("one-") ? ("one", String(w.dropFirst(4)), j + 1) : (w, j + 1 < tokens.count ? lower[j + 1] : "", j + 2)
            if one == "one", let (d, plural) = denominator(den), d >= 100, plural { return (v.value / d, end) }
        }
        if lower[j] == "and", j + 2 < tokens.count {
            var k = j + 1
            var numerator = 1.0
            if lower[k] == "a" || lower[k] == "an" || lower[k] == "one" { k += 1 }
            else if let (n, type) = tables.numberWords[lower[k]], type == .unit { numerator = n; k += 1 }
            else { return nil }
            guard k < tokens.count, let (d, plural) = denominator(lower[k]), plural == (numerator != 1) else { return nil }
            // "two million and a half" is 2.5 million.
            let scale = v.multiplied > 1 ? v.multiplied : v.lastScale
            // "one billion and a half million": the half is of the smaller scale after it.
            if k + 1 < tokens.count, let m = tables.multipliers[lower[k + 1]], m >= 1000, m < scale {
                return (v.value + numerator / d * m, k + 2)
            }
            return (v.value + numerator / d * scale, k + 1)
        }
        return nil
    }
}
