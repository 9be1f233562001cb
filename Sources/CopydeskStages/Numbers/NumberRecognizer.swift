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
    /// Lower-cased token texts, computed once per document.
    let lower: [String]
    let temporal: TemporalRecognizer
    /// `TextAnalysis.lowerHashes`, shared with the other stages.
    let hashes: [TextAnalysis.LowerHash]

    init(tables: NumberTables, text: TextAnalysis, documentDate: CivilDate?) {
        self.tables = tables
        self.text = text
        self.tokens = text.tokens
        self.lower = text.lowerTokens
        self.hashes = text.lowerHashes
        self.temporal = TemporalRecognizer(tables: tables, text: text, lower: lower, hashes: hashes, documentDate: documentDate)
    }

    func recognize(kinds: Set<NumberKind>) -> [NumberAnnotation] {
        var found = expressions(kinds: kinds)
        for k in found.indices {
            if case .number(let v)? = found[k].value { found[k].value = .number(Self.significant(v)) }
            found[k].min = found[k].min.map(Self.significant)
            found[k].max = found[k].max.map(Self.significant)
        }
        return found
    }

    /// `x` to 15 significant digits, what a Double holds of a decimal: "$1.07bn" is
    /// 1.07 × 1e9, which binary arithmetic makes 1070000000.0000001.
    static func significant(_ x: Double) -> Double {
        guard x.isFinite, x != 0, x != x.rounded() || x.magnitude > 1e15 else { return x }
        let p = pow(10, 14 - floor(log10(x.magnitude)))
        let r = (x * p).rounded() / p
        return r.isFinite ? r : x
    }

    private func expressions(kinds: Set<NumberKind>) -> [NumberAnnotation] {
        var out: [NumberAnnotation] = []
        /// Numbers inside tokens that are none ("5/17/2018"), kept out of the composition below.
        var groups: [NumberAnnotation] = []
        var i = 0
        while i < tokens.count {
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
        let order: (NumberAnnotation, NumberAnnotation) -> Bool = { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        let sorted = closeOpenRanges(out.sorted(by: order))
        // Years joined by "to" or "between … and" become date ranges even with nothing temporal around.
        // Only dates and years can be joined or widened: most documents end here.
        guard sorted.contains(where: { $0.kind.isTemporal || Self.mayBeYear($0) }) else { return groups.isEmpty ? sorted : (sorted + groups).sorted(by: order) }
        // Temporal pieces found one by one, joined into what they say together.
        let composed = applyRelations(rangesFromNow(composeDateRanges(compose(applyPeriodWords(sorted))))).filter { kinds.contains($0.kind) }
        return groups.isEmpty ? composed : (composed + groups).sorted(by: order)
    }

    /// A cardinal or range that may name years ("2018 or later", "between 2007 and 2009").
    static func mayBeYear(_ a: NumberAnnotation) -> Bool {
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
        // Hashes of the token bytes: no string is built or hashed here.
        func has(_ k: Int, _ table: FeatureTable) -> Bool {
            let u = tokens[k]
            if u.kind != .word || u.hasDigit { return true }
            return table.contains(hashes[k].whole) || hashes[k].beforeHyphen.map(table.contains) == true
        }
        if has(i, tables.strongHashes) { return true }
        guard tables.triggerHashes.contains(hashes[i].whole) else { return false }
        for k in (i + 1)..<min(i + 4, tokens.count) where has(k, tables.strongHashes) { return true }
        // "less than or equal to 30": comparisons look further for their number.
        if Self.comparativeHashes.contains(hashes[i].whole) {
            for k in min(i + 4, tokens.count)..<min(i + 7, tokens.count) where has(k, tables.strongHashes) { return true }
        }
        return false
    }

    /// The expressions inside tokens `from..<to` of a larger one: the plain
    /// numbers, and inside a range the amounts of its bounds ("more than
    /// $247 million" holds the money "$247 million").
    func inner(_ from: Int, _ to: Int, range: Bool, measure: Bool = false) -> [NumberAnnotation] {
        var out: [NumberAnnotation] = []
        var k = from
        while k < to {
            // "6.63m" measures metres: its number is 6.63, not 6.63 million.
            if measure, tokens[k].kind == .word, tokens[k].hasDigit, let n = value(at: k), n.multiplied > 1 {
                let digits = lower[k].prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
                out.append(NumberAnnotation(start: tokens[k].start, end: tokens[k].start + digits.utf8.count, text: String(digits),
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
                    var a = NumberAnnotation(start: start, end: start + length, text: String(parts[offset]), kind: .cardinal)
                    a.value = .number(v)
                    out.append(a)
                }
                k += 1
            } else if let n = value(at: k), !n.ordinal, n.end <= to, tokens[k].kind != .punctuation || lower[k] == "-" {
                var a = annotation(k, n.end, .cardinal)
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
    func scaledCurrencyCode(before i: Int, _ n: Value) -> (NumberAnnotation?, Int)? {
        guard i > 0, !n.ordinal, tokens[i - 1].isAllCaps, lower[i - 1].utf8.count == 4,
              let scale = lower[i - 1].first.flatMap({ $0 == "m" ? 1e6 : $0 == "k" ? 1e3 : nil }),
              let c = tables.currencySymbols[String(lower[i - 1].dropFirst())] else { return nil }
        var a = annotation(i - 1, n.end, .money)
        a.value = .number(n.value * c.factor * scale)
        a.unit = c.code
        return (a, n.end)
    }

    /// "percent of 10", "per cent of twenty-two": the percentage named before
    /// its number, when no number precedes it.
    func percentOf(at i: Int) -> (NumberAnnotation?, Int)? {
        let of = lower[i] == "percent" ? i + 1 : lower[i] == "per" && word(i + 1) == "cent" ? i + 2 : nil
        guard let of, word(of) == "of", i == 0 || tokens[i - 1].kind != .number && value(at: i - 1) == nil,
              let n = value(at: of + 1), !n.ordinal else { return nil }
        var a = annotation(i, n.end, .percent)
        a.value = .number(n.value)
        return (a, n.end)
    }

    /// A number with its unit or currency word: "two pounds", "10 $".
    func measured(at k: Int) -> (NumberAnnotation, Int)? {
        guard let n = value(at: k), !n.ordinal, let (kind, unit, end, factor) = suffix(after: n.end), kind != .percent else { return nil }
        var a = annotation(k, end, kind)
        a.value = .number(n.value * factor)
        a.unit = unit
        return (a, end)
    }

    // MARK: - Spans

    func annotation(_ from: Int, _ to: Int, _ kind: NumberKind) -> NumberAnnotation {
        let a = tokens[from], b = tokens[to - 1]
        return NumberAnnotation(start: a.start, end: b.end, text: text.string(bytes: a.byteStart..<b.byteEnd), kind: kind)
    }

    func adjacent(_ i: Int) -> Bool { i < tokens.count && !tokens[i].spaceBefore }

    func word(_ i: Int) -> String? { i < tokens.count && i >= 0 ? lower[i] : nil }

    // MARK: - Numeric expressions

    /// The longest numeric expression starting at token `i` and the token
    /// after it; a nil annotation consumes a designator ("F 16") silently.
    func match(at i: Int, value here: Value?) -> (NumberAnnotation?, Int)? {
        if let (r, end) = range(at: i, here: here) { return (r, end) }
        if let (m, end) = money(at: i) { return (m, end) }
        if let found = compound(at: i) { return found }
        if let found = relativeOrdinal(at: i) { return found }
        if here == nil, let found = scaleName(at: i) { return found }
        if here == nil, let found = percentOf(at: i) { return found }
        guard let n = here else { return nil }
        if n.words, n.value == 1, n.end == i + 1, lower[i] == "one", i > 0, suffix(after: n.end) == nil,
           ["the", "that", "which", "this", "each", "every", "any", "another", "no"].contains(lower[i - 1]) {
            return (nil, n.end) // "the one you mentioned" is a pronoun
        }
        if let found = scaledCurrencyCode(before: i, n) { return found }
        if isDesignator(at: i, n) { return (nil, n.end) }
        if let found = age(at: i, n) { return found }
        if n.ordinal {
            var a = annotation(i, n.end, .ordinal)
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
            var a = annotation(i, end, kind)
            a.value = .number(n.value * factor)
            a.unit = unit
            // "50 km/ms", "50 meters per millisecond": a rate, the unit over a time.
            if kind == .quantity, let u = unit, end + 1 < tokens.count, lower[end] == "/" || lower[end] == "per",
               let per = Self.perUnits[lower[end + 1]] {
                a = annotation(i, end + 2, .quantity)
                a.value = .number(n.value * factor)
                a.unit = u + "/" + per
                return (a, end + 2)
            }
            // "5 ft 2 in", "5 feet and 2 inches": one length in feet.
            if kind == .quantity, unit == "ft", let (inches, inchesEnd) = inches(after: end) {
                a = annotation(i, inchesEnd, .quantity)
                a.value = .number(n.value + inches / 12)
                a.unit = "ft"
                return (a, inchesEnd)
            }
            // "3 dollars 50 cents", "15 dollars and 50".
            if kind == .money, factor == 1, let (cents, centsEnd) = subunit(after: end, unit: unit) {
                a = annotation(i, centsEnd, .money)
                a.value = .number(n.value + cents)
                a.unit = unit
                return (a, centsEnd)
            }
            return (a, end)
        }
        var a = annotation(i, n.end, .cardinal)
        a.value = .number(n.value)
        return (a, n.end)
    }

    /// "convert 10 celsius to fahrenheit": a temperature scale named without an
    /// amount is a quantity with its unit and no value.
    func scaleName(at i: Int) -> (NumberAnnotation?, Int)? {
        var j = i
        if lower[j] == "degrees" || lower[j] == "degree" { j += 1 }
        guard let w = word(j), w == "celsius" || w == "fahrenheit" || w == "kelvin", let unit = tables.units[[w]] else { return nil }
        // "Kelvin MacKenzie", "Fahrenheit 9/11": a capital alone makes a name.
        if j == i, tokens[j].firstIsUpper { return nil }
        var a = annotation(i, j + 1, .quantity)
        a.unit = unit.symbol
        return (a, j + 1)
    }

    /// "last", "penultimate", "next to last", "the one before the last": an
    /// ordinal counted from the end or from the current item.
    func relativeOrdinal(at i: Int) -> (NumberAnnotation?, Int)? {
        func phrase(_ words: [String], at k: Int) -> Bool {
            k + words.count <= tokens.count && words.indices.allSatisfy { lower[k + $0] == words[$0] }
        }
        func make(_ end: Int, _ relative: String, from start: Int? = nil) -> (NumberAnnotation?, Int) {
            var a = annotation(start ?? i, end, .ordinal)
            a.relative = relative
            return (a, end)
        }
        // One switch on the first word before any phrase is spelled out.
        switch lower[i] {
        case "the", "next", "second", "last", "penultimate", "antepenultimate", "previous", "current": break
        default: return nil
        }
        if phrase(["the", "one", "before", "the", "last"], at: i) {
            return make(phrase(["one"], at: i + 5) ? i + 6 : i + 5, "end-1")
        }
        if phrase(["the", "second", "to", "last"], at: i) { return make(i + 4, "end-1") }
        if phrase(["next", "to", "last"], at: i) || phrase(["second", "to", "last"], at: i) { return make(i + 3, "end-1") }
        if phrase(["last", "but", "one"], at: i) { return make(i + 3, "end-1") }
        switch lower[i] {
        case "penultimate": return make(i + 1, "end-1")
        case "antepenultimate": return make(i + 1, "end-2")
        case "last": return make(i + 1, "end+0")
        case "previous": return make(i + 1, "current-1")
        case "current": return make(i + 1, "current+0")
        case "next": return make(phrase(["one"], at: i + 1) ? i + 2 : i + 1, "current+1")
        default: return nil
        }
    }

    /// "50 cents" or "and 50" after a whole amount of money: the amount in units.
    func subunit(after j: Int, unit: String?) -> (Double, Int)? {
        var k = j
        if k < tokens.count, lower[k] == "and" { k += 1 }
        guard k < tokens.count, let n = value(at: k), !n.ordinal, n.value < 100, n.value == n.value.rounded() else { return nil }
        if let (c, end) = tables.currencyWordIndex.longest(in: text, from: n.end, limit: tables.longestPhrase), c.factor == 0.01, c.code == unit { return (n.value / 100, end) }
        // A bare number right after "dollars" reads as cents only at the end of the phrase.
        let next = n.end < tokens.count ? lower[n.end] : "."
        if tables.currencyWords[[next]] == nil, next == "." || next == "," || !(tokens[n.end].kind == .word) { return (n.value / 100, n.end) }
        return nil
    }

    static let brackets: [String: String] = ["(": ")", "[": "]", "{": "}", "<": ">"]
    /// Words after "5m" that make it metres rather than millions: "1.8m tall", "the 100m champion".
    static let afterLengths: Set<String> = [
        "tall", "high", "long", "wide", "deep", "is", "away", "champion", "champions", "title", "hurdles", "hurdler", "gold", "silver",
        "bronze", "final", "record", "race", "medallist", "finalist", "relay", "freestyle", "breaststroke", "backstroke", "butterfly",
        "sprint", "sprinter", "runner", "world",
    ]
    /// Words that make the amount after them approximate: "nearly a fifth".
    static let approximators: Set<String> = ["nearly", "almost", "about", "roughly", "around", "some", "over", "under", "just", "only", "barely"]
    /// Unit abbreviations written with a stop ("deg.", "ft.").
    static let abbreviatedUnits: Set<String> = ["deg", "ft", "lb", "lbs", "oz", "yd", "yds", "gal"]

    static let ageUnits: [String: String] = ["year": "Year", "years": "Year", "month": "Month", "months": "Month",
                                             "week": "Week", "weeks": "Week", "day": "Day", "days": "Day"]

    /// "2 in" or "and 2 inches" after a length in feet.
    func inches(after j: Int) -> (Double, Int)? {
        var k = j
        if k < tokens.count, lower[k] == "and" { k += 1 }
        guard k + 1 < tokens.count, tokens[k].kind == .number, let v = Self.digits(lower[k]), v < 12,
              ["in", "inch", "inches"].contains(lower[k + 1]) else { return nil }
        return (v, k + 2)
    }

    /// "29 years old", "ten months old", "6 weeks of age", "87 yo": an age.
    func age(at i: Int, _ n: Value) -> (NumberAnnotation?, Int)? {
        guard n.end < tokens.count, !n.ordinal else { return nil }
        let units = Self.ageUnits
        if lower[n.end] == "yo" {
            var a = annotation(i, n.end + 1, .quantity)
            a.value = .number(n.value); a.unit = "Year"
            return (a, n.end + 1)
        }
        guard let unit = units[lower[n.end]] else { return nil }
        let end: Int
        if word(n.end + 1) == "old" { end = n.end + 2 }
        else if word(n.end + 1) == "of", word(n.end + 2) == "age" { end = n.end + 3 }
        else { return nil }
        var a = annotation(i, end, .quantity)
        a.value = .number(n.value)
        a.unit = unit
        return (a, end)
    }

    /// One token joining a number and a unit: "six-year-old", "3-inch",
    /// "2.5-mile", "12-cent", "75ml", "115USD", "USD115", "1.8m".
    func compound(at i: Int) -> (NumberAnnotation?, Int)? {
        let t = tokens[i]
        guard t.kind == .word, t.hasDigit || temporal.can(i, .hyphenated) else { return nil }
        let w = lower[i]
        let parts = w.split(separator: "-").map(String.init)
        func number(_ s: String) -> Double? {
            Self.digits(s) ?? tables.numberWords[s].flatMap { $0.type == .unit || $0.type == .ten ? $0.value : nil }
        }
        func make(_ kind: NumberKind, _ value: Double, _ unit: String) -> (NumberAnnotation?, Int) {
            // "10km/hr": a rate written against the unit.
            let per = kind == .quantity && word(i + 1) == "/" && adjacent(i + 1) && adjacent(i + 2) ? word(i + 2).flatMap { Self.perUnits[$0] } : nil
            let end = per == nil ? i + 1 : i + 3
            var a = annotation(i, end, kind)
            a.value = .number(value)
            a.unit = per.map { unit + "/" + $0 } ?? unit
            return (a, end)
        }
        if parts.count == 3, parts[2] == "old", let v = number(parts[0]) {
            if let unit = Self.ageUnits[parts[1]] { return make(.quantity, v, unit) }
        }
        // "a 12-cent-a-share dividend", "a 5-mile-long queue": an amount and its unit lead a longer compound.
        if parts.count > 2, let v = number(parts[0]) {
            let found: (NumberKind, Double, String)?
            if let c = tables.currencyWords[[parts[1]]] { found = (.money, v * c.factor, c.code) }
            else if let u = tables.units[[parts[1]]], parts[1].utf8.count > 1 { found = (.quantity, v, u.symbol) }
            else { found = nil }
            if let (kind, value, unit) = found {
                let length = parts[0].unicodeScalars.count + 1 + parts[1].unicodeScalars.count
                let head = String(String.UnicodeScalarView(text.string(t).unicodeScalars.prefix(length)))
                return (NumberAnnotation(start: t.start, end: t.start + length, text: head, kind: kind, value: .number(value), unit: unit), i + 1)
            }
        }
        if parts.count == 2, let v = number(parts[0]) {
            if let (d, plural) = denominator(parts[1]), plural == (v != 1) {
                var a = annotation(i, i + 1, .cardinal)
                a.value = .number(v / d)
                return (a, i + 1)
            }
            if let c = tables.currencyWords[[parts[1]]] { return make(.money, v * c.factor, c.code) }
            if let u = tables.units[[parts[1]]], parts[1].utf8.count > 1 { return make(.quantity, v, u.symbol) }
        }
        guard parts.count == 1, t.hasDigit else { return nil }
        // Digits glued to letters, either side.
        let head = w.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        if !head.isEmpty, let v = Self.digits(head) {
            let rest = String(w.dropFirst(head.count))
            if let c = tables.currencyWords[[rest]] { return make(.money, v * c.factor, c.code) }
            if let c = tables.currencySymbols[rest], rest.utf8.count == 3 { return make(.money, v, c.code) }
            if rest == "m" {
                // "1.8m tall" is a length; "5m people" is five million.
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                let measured = next.map { $0.kind != .word || Self.afterLengths.contains(lower[i + 1]) } ?? true
                // A capital "M" is a million: "I can give you 10M."
                return measured && !countsMillions(before: i) && !text.string(t).hasSuffix("M") ? make(.quantity, v, "m") : nil
            }
            // "11c" and "13F" are cents and filings more often than temperatures; "3G" is a mobile network, not grams.
            if rest == "g", text.string(t).hasSuffix("G") { return nil }
            if tables.multipliers[rest] == nil, rest != "c", rest != "f", let u = tables.units[[rest]] { return make(.quantity, v, u.symbol) }
            return nil
        }
        let letters = w.prefix { !$0.isNumber }
        if let c = tables.currencySymbols[String(letters)], letters.utf8.count == 3, let v = Self.digits(w.dropFirst(letters.count)) {
            return make(.money, v, c.code)
        }
        return nil
    }

    /// What follows a number: `%`, a currency word or a unit.
    func suffix(after j: Int) -> (NumberKind, String?, Int, Double)? {
        if j < tokens.count {
            // "%25" glued to what follows is URL encoding, not a percent sign.
            if lower[j] == "%", j + 1 < tokens.count, adjacent(j + 1), tokens[j + 1].kind != .punctuation { return nil }
            if lower[j] == "%" || lower[j] == "percent" || lower[j] == "percents" || lower[j] == "pc" { return (.percent, nil, j + 1, 1) }
            // "10 $", "100₾": a symbol after the amount.
            if tokens[j].kind == .punctuation, let c = tables.currencySymbols[lower[j]] { return (.money, c.code, j + 1, c.factor) }
            if lower[j] == "per", word(j + 1) == "cent" { return (.percent, nil, j + 2, 1) }
            if lower[j] == "percentage", word(j + 1) == "points" || word(j + 1) == "point" { return (.percent, nil, j + 2, 1) }
        }
        if let (c, end) = tables.currencyWordIndex.longest(in: text, from: j, limit: tables.longestPhrase) {
            // "p" for pence only when written against the number ("20p"); pounds of weight where the sentence weighs.
            if (lower[j] == "pound" || lower[j] == "pounds") && end == j + 1 && weighs(around: j) { return (.quantity, "lb", end, 1) }
            // "50 Cent's album", "the 12 Euro zone countries": a capitalised currency word in the singular
            // after a number above one names something ("885,000 Euros" is money).
            if end == j + 1, tokens[j].isCapitalized, !tokens[j].isAllCaps, !lower[j].hasSuffix("s"), temporal.capitalisedInsideSentence(j),
               tokens[j - 1].kind == .number, lower[j - 1] != "1" { return nil }
            if !(lower[j] == "p" && tokens[j].spaceBefore) { return (.money, c.code, end, c.factor) }
        }
        // "20 (kg)": a unit in brackets.
        if j + 2 < tokens.count, let closer = Self.brackets[lower[j]], let (u, end) = tables.unitIndex.longest(in: text, from: j + 1, limit: tables.longestPhrase),
           end < tokens.count, lower[end] == closer {
            return (.quantity, u.symbol, end + 1, 1)
        }
        if let (u, end) = tables.unitIndex.longest(in: text, from: j, limit: tables.longestPhrase) {
            let single = end == j + 1 && lower[j].utf8.count == 1
            // One-letter units ("m", "c", "g") only when written against the number: "5m" is ambiguous enough.
            if u.symbol == "°" && word(end) == "angle" { return nil }
            if !single || (adjacent(j) && lower[j] != "m") {
                // "100 mb" is megabits, "100 MB" megabytes: a lower-case b is a bit.
                if u.dimension == "information", end == j + 1, text.string(tokens[j]).hasSuffix("b"), lower[j].utf8.count == 2 {
                    return (.quantity, (u.symbol == "KB" ? "k" : String(u.symbol.prefix(1))) + "b", end, 1)
                }
                // "50 deg.": the stop of an abbreviation belongs to it.
                if end == j + 1, Self.abbreviatedUnits.contains(lower[j]), end < tokens.count, lower[end] == ".", adjacent(end),
                   end + 1 == tokens.count || tokens[end + 1].spaceBefore {
                    return (.quantity, u.symbol, end + 1, 1)
                }
                return (.quantity, u.symbol, end, 1)
            }
        }
        return nil
    }

    /// Times a unit can be counted per: "km/h", "meters per millisecond".
    static let perUnits: [String: String] = [
        "hour": "h", "hr": "h", "h": "h", "second": "s", "sec": "s", "s": "s", "millisecond": "ms", "ms": "ms", "minute": "min",
        "min": "min", "day": "d",
    ]

    static let weightWords: Set<String> = [
        "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "baby", "babies", "ton", "tons", "tonne",
        "tonnes", "ounce", "ounces", "kg", "kilograms", "kilogram", "lost", "gained", "overweight",
    ]

    /// Whether a word of weight stands within eight tokens of `j` in its sentence: "the baby is over two pounds".
    func weighs(around j: Int) -> Bool {
        for k in max(0, j - 8)..<min(tokens.count, j + 8) where Self.weightWords.contains(lower[k]) { return true }
        return false
    }

    func money(at i: Int) -> (NumberAnnotation, Int)? {
        var j = i
        var currency: NumberTables.Currency? = nil
        // "US$", "HK$", "A$": a word glued to a symbol.
        // Every two-token symbol ends in "$" ("US$", "us $", "hk $").
        // Symbols are punctuation and codes three letters: most tokens are neither and skip the look-ups.
        guard tokens[i].kind == .punctuation || (tokens[i].kind == .word && !tokens[i].hasDigit) else { return nil }
        if i + 1 < tokens.count, lower[i + 1] == "$", tokens[i].kind == .word,
           let c = tables.currencySymbols[lower[i] + (adjacent(i + 1) ? "$" : " $")] ?? tables.currencySymbols[lower[i] + " $"] {
            // "US$", "HK$" glued, or spaced as "us $" in the Penn Treebank style.
            currency = c; j = i + 2
        } else if tokens[i].kind == .punctuation || lower[i].utf8.count == 3, let c = tables.currencySymbols[lower[i]] {
            currency = c; j = i + 1
        }
        guard let currency, j < tokens.count, let n = value(at: j), !n.ordinal else { return nil }
        var a = annotation(i, n.end, .money)
        a.value = .number(n.value * currency.factor)
        a.unit = currency.code
        return (a, n.end)
    }

    /// Words that can open a numeric expression besides numbers and currency symbols.
    static let openers: Set<String> = Set(openRanges.map { $0.0[0] }).union([
        "between", "from", "minus", "negative", "the", "penultimate", "antepenultimate", "second", "next", "last",
        "previous", "current", "a", "an", "half", "quarter", "celsius", "fahrenheit", "kelvin", "degrees", "degree", ">", "<",
        "percent", "per",
    ])

    /// Words opening a one-sided range, and whether they set its minimum.
    static let openRanges: [([String], Bool)] = [
        // "bigger or equal than", "equal to or less than": the longest phrasings first.
        (["equal", "to", "or", "more", "than"], true), (["equal", "to", "or", "greater", "than"], true),
        (["equal", "to", "or", "less", "than"], false), (["equal", "to", "or", "fewer", "than"], false),
    ] + ["more", "greater", "larger", "bigger", "higher"].flatMap { [([$0, "or", "equal", "than"], true), ([$0, "or", "equal", "to"], true)] }
      + ["less", "fewer", "smaller", "lower"].flatMap { [([$0, "or", "equal", "than"], false), ([$0, "or", "equal", "to"], false)] } + [
        (["more", "than", "or", "equal", "to"], true), (["greater", "than", "or", "equal", "to"], true),
        (["less", "than", "or", "equal", "to"], false), (["fewer", "than", "or", "equal", "to"], false),
        (["more", "than"], true), (["over"], true), (["above"], true), (["greater", "than"], true), (["at", "least"], true),
        (["larger", "than"], true), (["bigger", "than"], true), (["higher", "than"], true), (["exceeding"], true),
        (["less", "than"], false), (["fewer", "than"], false), (["under"], false), (["below"], false), (["up", "to"], false),
        (["smaller", "than"], false), (["lower", "than"], false),
        (["at", "most"], false), (["no", "more", "than"], false), (["no", "less", "than"], true), (["no", "fewer", "than"], true),
        ([">", "="], true), ([">"], true), (["<", "="], false), (["<"], false), (["surpassing"], true), (["surpass"], true),
    ]
    static let comparativeHashes: FeatureTable = {
        var t = FeatureTable()
        for w in ["less", "more", "greater", "fewer", "larger", "bigger", "higher", "smaller", "lower", "equal"] { t.set(WordHash.hash(w), 0) }
        return t
    }()

    static let openRangeStarts: FeatureTable = {
        var t = FeatureTable()
        for (words, _) in openRanges { t.set(WordHash.hash(words[0]), 0) }
        return t
    }()

    /// "500 or more", "20 and above": an open range said after its number.
    static let trailingRanges: [String: Bool] = [
        "more": true, "above": true, "greater": true, "higher": true, "over": true, "less": false, "fewer": false, "below": false,
        "lower": false, "under": false,
    ]

    /// "between 5 and 10", "5-10%", "from 3 to 4 million", "up to 20", "more than 300".
    func range(at i: Int, here: Value?) -> (NumberAnnotation, Int)? {
        let w = lower[i]
        // Open ranges, when a first word of one is here (one hash probe rules the rest out).
        let opens = tokens[i].kind == .number ? false
            : tokens[i].kind == .punctuation ? (w == ">" || w == "<") : Self.openRangeStarts.contains(hashes[i].whole)
        for (words, isMin) in Self.openRanges where opens && words[0] == w {
            guard i + words.count < tokens.count, (0..<words.count).allSatisfy({ lower[i + $0] == words[$0] }) else { continue }
            let j = i + words.count
            // "more than 500 years old": the range ends at its number, and the age is read from there on.
            if let n = value(at: j), !n.ordinal, case (_?, _)? = age(at: j, n) {
                var a = annotation(i, n.end, .range)
                if isMin { a.min = n.value } else { a.max = n.value }
                return (a, j)
            }
            guard let (lo, hi, end, unit) = boundedValue(at: j), lo == hi else { continue }
            // "more than 4 days" is a duration.
            if unit == nil, let u = word(end), TemporalRecognizer.durationUnits[u] != nil, word(end + 1) != "old" { return nil }
            var a = annotation(i, end, .range)
            if isMin { a.min = lo } else { a.max = lo }
            a.unit = unit
            return (a, end)
        }
        // Closed ranges with words.
        if w == "between" || w == "from" {
            let joiner = w == "between" ? "and" : "to"
            // "from 10/1 to 11/7" is a date range, made of dates.
            if i + 1 < tokens.count, tokens[i + 1].kind == .number, temporal.numericDate(at: i + 1) != nil { return nil }
            guard let first = value(at: i + 1), !first.ordinal, first.end < tokens.count else { return nil }
            var k = first.end
            var firstUnit: (NumberKind, String?, Int, Double)? = suffix(after: k)
            if let s = firstUnit { k = s.2 }
            guard k < tokens.count, lower[k] == joiner || (joiner == "to" && lower[k] == "-") else { return nil }
            guard let (lo2, _, end, unit) = boundedValue(at: k + 1) else { return nil }
            // "between 3 and 12 of Sept" is a range of days, built from the date.
            if unit == nil, let m = word(end), m == "of" || TemporalRecognizer.months[m] != nil,
               temporal.calendarDate(at: k + 1) != nil { return nil }
            if firstUnit == nil, let s = suffix(after: end) { firstUnit = s }
            var lo = first.value
            // "from 3 to 4 million": a multiplier on the second number applies to both.
            if lo2 >= 1000, lo < 1000, let n2 = value(at: k + 1), n2.multiplied > 1 { lo *= n2.multiplied }
            // "fell from 7.3% to 6.9%" is a change between two amounts, not a range.
            guard lo <= lo2 else { return nil }
            var a = annotation(i, end, .range)
            a.min = lo
            a.max = lo2
            a.unit = unit ?? firstUnit?.1
            return (a, end)
        }
        // "20 through 100", "1000–5000", "500 or more".
        if let first = here, !first.ordinal, first.end + 1 < tokens.count {
            let joiner = lower[first.end]
            if joiner == "through" || joiner == "–" || joiner == "—", let second = value(at: first.end + 1), !second.ordinal, second.value > first.value {
                var a = annotation(i, second.end, .range)
                a.min = first.value
                a.max = second.value
                return (a, second.end)
            }
            // A year "and greater" is a date's ("year 2016 and greater").
            let year = tokens[i].kind == .number && lower[i].utf8.count == 4 && (1000...2999).contains(first.value)
            if joiner == "or" || joiner == "and", !year, let isMin = Self.trailingRanges[lower[first.end + 1]],
               first.end + 2 >= tokens.count || tokens[first.end + 2].kind != .number {
                let end = first.end + 2
                var a = annotation(i, end, .range)
                if isMin { a.min = first.value } else { a.max = first.value }
                return (a, end)
            }
        }
        // "5-10" as one token; "lost 1-3", "a 1-0 win" are scores.
        if tokens[i].kind == .number, let (lo, hi) = hyphenPair(i), !Self.scoreWords.contains(word(i - 1) ?? ""), !Self.scoreWords.contains(word(i + 1) ?? "") {
            var end = i + 1
            var a = annotation(i, end, .range)
            if let (_, unit, e, factor) = suffix(after: end) {
                end = e
                a = annotation(i, end, .range)
                a.unit = unit
                a.min = lo * factor
                a.max = hi * factor
            } else {
                a.min = lo
                a.max = hi
            }
            return (a, end)
        }
        return nil
    }

    /// A number possibly with its suffix: (low, high, end, unit).
    func boundedValue(at j: Int) -> (Double, Double, Int, String?)? {
        if j < tokens.count, tokens[j].kind == .punctuation, let c = tables.currencySymbols[lower[j]], let n = value(at: j + 1) {
            return (n.value * c.factor, n.value * c.factor, n.end, c.code)
        }
        guard let n = value(at: j), !n.ordinal else { return nil }
        if let (_, unit, end, factor) = suffix(after: n.end) { return (n.value * factor, n.value * factor, end, unit) }
        return (n.value, n.value, n.end, nil)
    }

    /// Words around a score: "won 2-1", "a 1-0 defeat".
    static let scoreWords: Set<String> = [
        "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "drew", "draw", "drawn", "beat", "beats", "beaten",
        "defeat", "defeated", "victory", "lead", "led", "leading", "trailing", "thrashed", "thrashing", "scoreline", "score",
    ]

    /// "5-10" as one token.
    func hyphenPair(_ i: Int) -> (Double, Double)? {
        let s = lower[i]
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Self.digits(parts[0]), let b = Self.digits(parts[1]), a < b else { return nil }
        return (a, b)
    }

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

    /// The number starting at token `i`: digits, words, multipliers, fractions, sign.
    func value(at i: Int) -> Value? {
        guard i < tokens.count else { return nil }
        var sign = 1.0
        var i = i
        if (lower[i] == "minus" || lower[i] == "negative"), i + 1 < tokens.count, tokens[i + 1].kind != .punctuation {
            sign = -1
            i += 1
        } else if tokens[i].kind == .punctuation, lower[i] == "-" || lower[i] == "−", i + 1 < tokens.count, adjacent(i + 1),
           tokens[i + 1].kind == .number || (tokens[i + 1].kind == .word && tokens[i + 1].hasDigit), i == 0 || tokens[i].spaceBefore {
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
        if ["st", "nd", "rd", "th"].contains(rest) { return (d, true, 1) }
        if let m = tables.multipliers[rest] { return (d * m, false, m) }
        return nil
    }

    static let vulgarFractions: [String: Double] = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

    /// "1.3e6", "12.32e+14", "1.3x10^6".
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

    /// "one hundred and twenty-three", "a dozen", "twenty-first", "half".
    func wordNumber(at i: Int) -> Value? {
        var total = 0.0, current = 0.0
        /// `current` at its last "hundred": "dozens" in "three hundred and two dozens" counts only the two.
        var hundreds = 0.0
        var lastScale = 1.0
        var j = i
        var last: NumberTables.WordType? = nil
        var consumed = false
        var ordinal = false
        if lower[i] == "a" || lower[i] == "an" {
            // "a dozen", "a third": a number word must follow (one array read rules most out).
            guard i + 1 < tokens.count, temporal.can(i + 1, .numberWord) || temporal.can(i + 1, .hyphenated)
                    || lower[i + 1] == "quarter" else { return nil }
            if let (d, plural) = denominator(lower[i + 1]), !plural {
                // "a third of the shares", "by a fifth in", "a third more", "nearly a fifth" are fractions;
                // before a noun ("a third quarter", "a sixth straight session") it is an ordinal.
                let next = word(i + 2) ?? ""
                guard lower[i + 1] == "half" || lower[i + 1] == "quarter" || ["more", "less", "fewer"].contains(next)
                        || Self.approximators.contains(word(i - 1) ?? "") || !temporal.endsInNoun(i + 2) else { return nil }
                return Value(value: 1 / d, end: i + 2, words: true)
            }
            guard let next = tables.numberWords[lower[i + 1]], next.type == .scale || (next.type == .fraction && next.value == 0.5) else { return nil }
            current = 1
            j = i + 1
        }
        // Fast exit: a word that is no number word (nor starts with one) cannot begin a number.
        if j == i, !temporal.can(i, .numberWord),
           !temporal.can(i, .hyphenated) || tables.numberWords[String(lower[i].prefix { $0 != "-" })] == nil {
            return nil
        }
        wordLoop: while j < tokens.count {
            let word = lower[j]
            let parts = word.utf8.contains(UInt8(ascii: "-")) ? word.split(separator: "-").map(String.init) : [word]
            var k = 0
            for part in parts {
                guard let (v, type) = tables.numberWords[part] else {
                    if consumed { break wordLoop }
                    return nil
                }
                switch type {
                case .unit:
                    if last == .unit { break wordLoop }
                    current += v
                case .ten:
                    if last == .unit || last == .ten { break wordLoop }
                    current += v
                case .scale:
                    // A scale word alone is a number only when singular and of a hundred or more:
                    // "thousand" is, "dozens of firms", "scores" and "Million Dollar Baby" are not.
                    if j == i, v < 100 || part.hasSuffix("s") || temporal.capitalisedInsideSentence(i) { return nil }
                    if v < 100 { current = hundreds + max(current - hundreds, 1) * v }
                    else if v == 100 { current = max(current, 1) * 100; hundreds = current }
                    else if last == .scale && current == 0 && v > lastScale && total > 0 { total *= v }  // "three lakh crore"
                    else { total += max(current, 1) * v; current = 0; hundreds = 0 }
                    lastScale = v >= 1000 ? v : lastScale
                case .ordinal:
                    // "second" after a number is a unit of time, not an ordinal, but for the last word
                    // of a larger one ("three hundred twenty second").
                    if part == "second", consumed ? !(last == .ten && total + current >= 100) : j > 0 && ["a", "per", "split"].contains(lower[j - 1]) { break wordLoop }
                    // "one eighth" is a fraction, left to `fraction(after:)`; "twenty-first" is an ordinal.
                    if last == .unit && k == 0 && v >= 3 { break wordLoop }
                    if v >= 100 { current = max(current, 1) * v } else { current += v }
                    ordinal = true
                case .fraction:
                    // "half-time", "half-brother": a fraction leading a longer word is no number.
                    if k < parts.count - 1 { return nil }
                    if consumed && last != .fraction {
                        // "three quarters"
                        current *= v == 0.5 ? 0.5 : v
                    } else if !consumed {
                        // "half" alone; "quarters" alone is not a number.
                        guard part == "half" || current == 1 else { return nil }
                        current = v
                    }
                    ordinal = false
                    last = type
                    k += 1
                    consumed = true
                    j += 1
                    break wordLoop
                }
                last = type
                k += 1
            }
            consumed = true
            j += 1
            if ordinal { break }
            // "and" inside "one hundred and five".
            if j + 1 < tokens.count, lower[j] == "and", last == .scale, let next = tables.numberWords[lower[j + 1].split(separator: "-").first.map(String.init) ?? ""],
               next.type == .unit || next.type == .ten, !(j + 2 < tokens.count && denominator(lower[j + 2]) != nil) {
                j += 1
            }
        }
        guard consumed else { return nil }
        return Value(value: total + current, end: j, ordinal: ordinal, words: true, lastScale: lastScale)
    }

    /// "Shahed 136/131", "Windows 11", "Flight 370": a number that names a
    /// thing rather than counts it, right after a capitalised word that is
    /// not the first of its sentence.
    func isDesignator(at i: Int, _ n: Value) -> Bool {
        guard i > 0 else { return false }
        // "BBC One", "Radio Five Live", "RBS Six Nations", "League One": a capitalised number word after a name.
        if n.words { return tokens[i - 1].isCapitalized && temporal.capitalisedInsideSentence(i) }
        let prev = tokens[i - 1]
        guard prev.kind == .word, prev.firstIsUpper, tokens[i].newlinesBefore == 0 else { return false }
        let w = lower[i - 1]
        if TemporalRecognizer.months[w] != nil || TemporalRecognizer.weekdays[w] != nil { return false }
        if tables.currencySymbols[w] != nil { return false }
        // A capitalised function word opening a sentence ("In 2004", "About 300") is no name.
        let opensSentence = i - 1 == 0 || tokens[i - 1].newlinesBefore > 0 || [".", "!", "?", "\"", "“"].contains(lower[i - 2])
        return !(opensSentence && (Words.stopWords.contains(w) || SentenceSplitter.english.sentenceStarters.contains(w) || tables.numberWords[w] != nil
                                   || Self.approximators.contains(w) || Self.trailingRanges[w] != nil))
    }
}
