import Copydesk
import Foundation

/// Finds number, money, percentage, quantity, range and ordinal expressions
/// in a tokenized text and computes their values; temporal expressions are
/// delegated to `TemporalRecognizer`.
///
/// It walks the tokens once, trying at each position the longest reading
/// first (a range before its numbers, money before a bare cardinal).
struct NumberRecognizer {
    let tables: NumberTables
    let text: TextAnalysis
    let tokens: [Token]
    /// Lower-cased token texts, made when read, the last few kept (`LowerCache`).
    let lower: LowerCache
    let temporal: TemporalRecognizer
    /// `TextAnalysis.lowerHashes`, shared with the other stages.
    let hashes: LowerHashes

    init(tables: NumberTables, text: TextAnalysis, documentDate: CivilDate?) {
        self.tables = tables
        self.text = text
        self.tokens = text.tokens
        self.lower = LowerCache(text)
        self.hashes = text.lowerHashes
        self.temporal = TemporalRecognizer(tables: tables, text: text, lower: lower, hashes: hashes, documentDate: documentDate)
    }

    /// The annotations of the text: found and composed on tokens, their offsets and text written here, once.
    ///
    /// Found and composed a window of paragraphs at a time: pieces compose
    /// within a paragraph, never across a blank line, and a 10 MB document's
    /// expressions (35–45 MB) would otherwise all be alive at once. An
    /// article is one window.
    func recognize(kinds: Set<NumberKind>) -> [NumberAnnotation] {
        var out: [NumberAnnotation] = []
        var i = 0
        while i < tokens.count {
            let (found, next) = expressions(from: i, before: windowEnd(after: i), kinds: kinds)
            for e in consume found {
                var a = annotation(of: e)
                if case .number(let v)? = a.value { a.value = .number(Self.significant(v)) }
                a.min = a.min.map(Self.significant)
                a.max = a.max.map(Self.significant)
                out.append(a)
            }
            i = next
        }
        return out
    }

    /// Tokens in a window before it may end, at the next paragraph break.
    var windowTokens = 16_384

    /// Where the window starting at token `i` ends: the first paragraph
    /// (a blank line before it) at least `windowTokens` on, or, in text
    /// without blank lines, the first line at least twice as far.
    func windowEnd(after i: Int) -> Int {
        var k = i + windowTokens
        while k < tokens.count {
            let breaks = tokens[k].newlinesBefore
            if breaks >= 2 || (breaks == 1 && k >= i + 2 * windowTokens) { return k }
            k += 1
        }
        return tokens.count
    }

    /// `x` to 15 significant digits, what a Double holds of a decimal: "$1.07bn" is
    /// 1.07 × 1e9, which binary arithmetic makes 1070000000.0000001.
    static func significant(_ x: Double) -> Double {
        guard x.isFinite, x != 0, x != x.rounded() || x.magnitude > 1e15 else { return x }
        let p = pow(10, 14 - floor(log10(x.magnitude)))
        let r = (x * p).rounded() / p
        return r.isFinite ? r : x
    }

    /// The expressions that start in tokens `start..<end`, composed, and the
    /// token after the last (past `end` when one runs on).
    private func expressions(from start: Int, before end: Int, kinds: Set<NumberKind>) -> ([NumberExpression], Int) {
        var out: [NumberExpression] = []
        /// Numbers inside tokens that are none ("5/17/2018"), kept out of the composition below.
        var groups: [NumberExpression] = []
        var i = start
        while i < end {
            // Most words can start no expression: skip them after a look-up or two.
            let numeric = mayStart(i)
            // The number starting here, computed once for every rule that needs it.
            let here = numeric ? value(at: i) : nil
            let temporalHere = temporal.mayStart(i, number: here != nil)
            if !numeric && !temporalHere {
                i += 1
                continue
            }
            if temporalHere, let (found, next) = temporal.match(at: i, value: here) {
                if kinds.contains(found.kind) { out.append(found) }
                // "3 years" holds the cardinal 3, as money holds its amount; "5/17/2018" holds 5, 17 and 2018.
                if found.kind == .duration { out.append(contentsOf: inner(i, next, range: false).filter { kinds.contains($0.kind) }) }
                if kinds.contains(.cardinal) { for k in i..<next { groups += digitGroups(k, hyphens: true) } }
                i = max(next, i + 1)
            } else if here == nil, tokens[i].kind == .number || temporal.can(i, .temporalPrefix),
                      case let found = digitGroups(i) + spokenDigits(i), !found.isEmpty {
                // "192.168.1.2", "1.2.3", "three-nought-four": an address, a version or digits
                // read out hold numbers, but are none.
                if kinds.contains(.cardinal) { groups += found }
                i += 1
            } else if numeric, let (found, next) = match(at: i, value: here) {
                if let found, kinds.contains(found.kind) { out.append(found) }
                // The numbers inside "$2,000", "5-10%" or "3 km" are cardinals too, as Recognizers-Text reports them.
                if let found, [.money, .percent, .quantity, .range].contains(found.kind) {
                    out.append(contentsOf: inner(i, next, range: found.kind == .range, measure: found.kind == .quantity).filter { kinds.contains($0.kind) })
                }
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        let order: (NumberExpression, NumberExpression) -> Bool = { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        // Sorted in place and handed on, not copied: on a 10 MB document each
        // copy of the expressions is 13 MB (the steps below take theirs `consuming`).
        out.sort(by: order)
        let sorted = closeOpenRanges(consume out)
        // Years joined by "to" or "between … and" become date ranges even with nothing temporal around.
        // Only dates and years can be joined or widened: most documents end here.
        guard sorted.contains(where: { $0.kind.isTemporal || Self.mayBeYear($0) || ($0.kind == .ordinal && weekOfDay($0, floor: 0) != nil) }) else { return (groups.isEmpty ? sorted : (sorted + groups).sorted(by: order), i) }
        // Temporal pieces found one by one, joined into what they say together.
        let composed = applyRelations(rangesFromNow(composeDateRanges(compose(weeksOfDays(applyPeriodWords(consume sorted)))))).filter { kinds.contains($0.kind) }
        return (groups.isEmpty ? composed : (composed + groups).sorted(by: order), i)
    }

    /// A cardinal or range that may name years ("2018 or later", "between 2007 and 2009").
    static func mayBeYear(_ a: NumberExpression) -> Bool {
        switch a.kind {
        case .cardinal: if case .number(let v)? = a.value { return v >= 1000 && v < 3000 } else { return false }
        case .range: return (a.min ?? 0) >= 1000 && (a.min ?? 0) < 3000
        default: return false
        }
    }

    /// Whether a numeric expression can start at token `i`: digits,
    /// punctuation, a number, currency or comparison word, or a small word
    /// ("the", "from", "more") with one of those in the next three tokens.
    /// Temporal words have their own gate, `TemporalRecognizer.mayStart`.
    func mayStart(_ i: Int) -> Bool {
        let t = tokens[i]
        // Commas, stops, quotes and brackets start nothing: of ASCII punctuation only signs,
        // symbols and a stop before digits (".08") do; other scalars (currency signs, "½", "−") may.
        if t.kind == .punctuation {
            let b = text.bytes[t.byteStart]
            guard b < 0x80 else { return true }
            switch b {
            case UInt8(ascii: "$"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "+"), UInt8(ascii: "~"), UInt8(ascii: "="): return true
            case UInt8(ascii: "-"), UInt8(ascii: "."): return i + 1 < tokens.count && tokens[i + 1].hasDigit
            default: return false
            }
        }
        guard t.kind == .word, !t.hasDigit else { return true }
        // The lexicon's bits, from one hash of each word for the whole
        // document: the look-ahead below hashes nothing again.
        let lexicon = temporal.lexicon
        func strong(_ k: Int) -> Bool {
            let u = tokens[k]
            return u.kind != .word || u.hasDigit || lexicon[k].contains(.numericStrong)
        }
        let here = lexicon[i]
        if here.contains(.numericStrong) { return true }
        guard here.contains(.numericTrigger) else { return false }
        for k in (i + 1)..<min(i + 4, tokens.count) where strong(k) { return true }
        // "less than or equal to 30": comparisons look further for their number.
        if here.contains(.comparative) {
            for k in min(i + 4, tokens.count)..<min(i + 7, tokens.count) where strong(k) { return true }
        }
        return false
    }

    /// The expressions inside tokens `from..<to` of a larger one: the plain
    /// numbers, and inside a range the amounts of its bounds ("more than
    /// $247 million" holds the money "$247 million").
    func inner(_ from: Int, _ to: Int, range: Bool, measure: Bool = false) -> [NumberExpression] {
        var out: [NumberExpression] = []
        var k = from
        while k < to {
            // "6.63m" measures metres: its number is 6.63, not 6.63 million.
            if measure, tokens[k].kind == .word, tokens[k].hasDigit, let n = value(at: k), n.multiplied > 1 {
                let digits = lower[k].prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
                out.append(NumberExpression(inside: k, of: tokens, start: tokens[k].start, end: tokens[k].start + digits.utf8.count, text: String(digits),
                                            kind: .cardinal, value: .number(n.value / n.multiplied)))
                k += 1
                continue
            }
            if range, k > from, let (m, end) = money(at: k) ?? measured(at: k), end <= to {
                out.append(m)
                out.append(contentsOf: inner(k, end, range: false))
                k = end
                continue
            }
            if let pair = hyphenPair(k) {
                for (offset, v) in [(0, pair.0), (1, pair.1)] {
                    // "5-10": each side of the hyphen, in scalars of the token.
                    let t = tokens[k]
                    let parts = text.string(t).split(separator: "-", omittingEmptySubsequences: false)
                    let start = offset == 0 ? t.start : t.start + parts[0].unicodeScalars.count + 1
                    let length = parts[offset].unicodeScalars.count
                    out.append(NumberExpression(inside: k, of: tokens, start: start, end: start + length, text: String(parts[offset]),
                                                kind: .cardinal, value: .number(v)))
                }
                k += 1
            } else if let n = value(at: k), !n.ordinal, n.end <= to, tokens[k].kind != .punctuation || lower[k] == "-" {
                var a = expression(k, n.end, .cardinal)
                a.value = .number(n.value)
                out.append(a)
                k = n.end
            } else {
                k += 1
            }
        }
        return out
    }

    /// Whether money was just spoken of before token `i` in its sentence
    /// ("Australian dollars 648m", "$28.5m …, a total of 204.3m"): an "m"
    /// glued to a number then is a million, not a metre.
    func countsMillions(before i: Int) -> Bool {
        for k in stride(from: i - 1, through: max(0, i - 8), by: -1) {
            if tokens[k].kind == .punctuation {
                if [".", "!", "?"].contains(lower[k]) { return false }
                if tables.currencySymbols[lower[k]] != nil { return true }
            } else if lower[k].utf8.count > 4, lower[k].hasSuffix("s"), tables.currencyWords[[lower[k]]] != nil {
                return true // "dollars", "pounds", "euros"; not "won" or "rand"
            }
        }
        return false
    }

    /// "MAUD 60", "KUSD 5": a currency code led by its multiplier, as finance
    /// tables write it, before the number at `i`.
    func scaledCurrencyCode(before i: Int, _ n: Value) -> (NumberExpression?, Int)? {
        guard i > 0, !n.ordinal, tokens[i - 1].isAllCaps, lower[i - 1].utf8.count == 4,
              let scale = lower[i - 1].first.flatMap({ $0 == "m" ? 1e6 : $0 == "k" ? 1e3 : nil }),
              let c = tables.currencySymbols[String(lower[i - 1].dropFirst())] else { return nil }
        var a = expression(i - 1, n.end, .money)
        a.value = .number(n.value * c.factor * scale)
        a.unit = c.code
        return (a, n.end)
    }

    /// "percent of 10", "per cent of twenty-two": the percentage named before
    /// its number, when no number precedes it.
    func percentOf(at i: Int) -> (NumberExpression?, Int)? {
        let of = lower[i] == "percent" ? i + 1 : lower[i] == "per" && word(i + 1) == "cent" ? i + 2 : nil
        guard let of, word(of) == "of", i == 0 || tokens[i - 1].kind != .number && value(at: i - 1) == nil,
              let n = value(at: of + 1), !n.ordinal else { return nil }
        var a = expression(i, n.end, .percent)
        a.value = .number(n.value)
        return (a, n.end)
    }

    /// A number with its unit or currency word: "two pounds", "10 $".
    func measured(at k: Int) -> (NumberExpression, Int)? {
        guard let n = value(at: k), !n.ordinal, let (kind, unit, end, factor) = suffix(after: n.end), kind != .percent else { return nil }
        var a = expression(k, end, kind)
        a.value = .number(n.value * factor)
        a.unit = unit
        return (a, end)
    }

    // MARK: - Spans

    /// The expression of tokens `from..<to`.
    func expression(_ from: Int, _ to: Int, _ kind: NumberKind) -> NumberExpression {
        NumberExpression(tokens: tokens, from, to - 1, kind: kind)
    }

    func adjacent(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

    func word(_ i: Int) -> String? { i < tokens.count && i >= 0 ? lower[i] : nil }

    // MARK: - Numeric expressions

    /// The longest numeric expression starting at token `i` and the token
    /// after it; a nil expression consumes a designator ("F 16") silently.
    func match(at i: Int, value here: Value?) -> (NumberExpression?, Int)? {
        if let (r, end) = range(at: i, here: here) { return (r, end) }
        if let (m, end) = money(at: i) { return (m, end) }
        if let found = compound(at: i) { return found }
        if let found = relativeOrdinal(at: i) { return found }
        if here == nil, let found = scaleName(at: i) { return found }
        if here == nil, let found = percentOf(at: i) { return found }
        guard let n = here else { return nil }
        if n.words, n.value == 1, n.end == i + 1, lower[i] == "one", i > 0, suffix(after: n.end) == nil,
           tables.words.pronounDeterminers.contains(lower[i - 1]) {
            return (nil, n.end) // "the one you mentioned" is a pronoun
        }
        if let found = scaledCurrencyCode(before: i, n) { return found }
        if isDesignator(at: i, n) { return (nil, n.end) }
        if let found = age(at: i, n) { return found }
        if n.ordinal {
            var a = expression(i, n.end, .ordinal)
            a.value = .number(n.value)
            return (a, n.end)
        }
        if let (kind, unit, suffixEnd, suffixFactor) = suffix(after: n.end) {
            var end = suffixEnd, factor = suffixFactor
            // "75 USD million": the multiplier after the currency.
            if kind == .money, end < tokens.count, let m = tables.multipliers[lower[end]], lower[end].utf8.count > 1, m >= 1000 {
                factor *= m
                end += 1
            }
            var a = expression(i, end, kind)
            a.value = .number(n.value * factor)
            a.unit = unit
            // "50 km/ms", "50 meters per millisecond": a rate, the unit over a time.
            if kind == .quantity, let u = unit, end + 1 < tokens.count, lower[end] == "/" || lower[end] == "per",
               let per = tables.words.perUnits[lower[end + 1]] {
                a = expression(i, end + 2, .quantity)
                a.value = .number(n.value * factor)
                a.unit = u + "/" + per
                return (a, end + 2)
            }
            // "5 ft 2 in", "5 feet and 2 inches": one length in feet.
            if kind == .quantity, unit == "ft", let (inches, inchesEnd) = inches(after: end) {
                a = expression(i, inchesEnd, .quantity)
                a.value = .number(n.value + inches / 12)
                a.unit = "ft"
                return (a, inchesEnd)
            }
            // "3 dollars 50 cents", "15 dollars and 50".
            if kind == .money, factor == 1, let (cents, centsEnd) = subunit(after: end, unit: unit) {
                a = expression(i, centsEnd, .money)
                a.value = .number(n.value + cents)
                a.unit = unit
                return (a, centsEnd)
            }
            return (a, end)
        }
        var a = expression(i, n.end, .cardinal)
        a.value = .number(n.value)
        return (a, n.end)
    }
}
