import Copydesk
import Foundation

/// Ranges and comparisons: open and closed bounds around numbers.
extension NumberRecognizer {
    /// "between 5 and 10", "5-10%", "from 3 to 4 million", "up to 20", "more than 300".
    func range(at i: Int, here: Value?) -> (NumberExpression, Int)? {
        let w = lower[i]
        // Open ranges, when a first word of one is here (one hash probe rules the rest out).
        let opens = tokens[i].kind == .number ? false
            : tokens[i].kind == .punctuation ? (w == ">" || w == "<" || tables.words.comparisonSigns.contains(w)) : tables.comparisonStarts.contains(hashes[i].whole)
        for (words, bound) in tables.words.comparisons where opens && words[0] == w {
            guard i + words.count < tokens.count, (0..<words.count).allSatisfy({ lower[i + $0] == words[$0] }) else { continue }
            let j = i + words.count
            // "more than 500 years old": the range ends at its number, and the age is read from there on.
            if let n = value(at: j), !n.ordinal, case (_?, _)? = age(at: j, n) {
                var a = expression(i, n.end, .range)
                set(bound, n.value, on: &a)
                return (a, j)
            }
            guard let (lo, hi, number, unit) = boundedValue(at: j), lo == hi else { continue }
            // "equal to 10% of its capital" is a percent: an equality is a range of a bare number only.
            if bound == .equal, unit != nil || value(at: j)?.end != number { continue }
            // "more than 4 days" is a duration.
            if unit == nil, let u = word(number), tables.temporalWords.durationUnits[u] != nil, word(number + 1) != "old" { return nil }
            let (side, end) = secondBound(bound, after: number)
            var a = expression(i, end, .range)
            set(side, lo, on: &a)
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
            // "between 3 and 5 pm", "from 10 to 11 a.m.": two hours of a clock, a
            // time range for the temporal grammar, when a meridiem follows the second.
            if unit == nil, firstUnit == nil, let (_, after) = temporal.clockTime(at: k + 1), after > end,
               (0...12).contains(first.value), first.value == first.value.rounded() { return nil }
            if firstUnit == nil, let s = suffix(after: end) { firstUnit = s }
            var lo = first.value
            // "from 3 to 4 million": a multiplier on the second number applies to both.
            if lo2 >= 1000, lo < 1000, let n2 = value(at: k + 1), n2.multiplied > 1 { lo *= n2.multiplied }
            // "fell from 7.3% to 6.9%" is a change between two amounts, not a range.
            guard lo <= lo2 else { return nil }
            var a = expression(i, end, .range)
            a.min = lo
            a.max = lo2
            a.unit = unit ?? firstUnit?.1
            return (a, end)
        }
        // "20 through 100", "1000–5000", "500 or more".
        if let first = here, !first.ordinal, first.end + 1 < tokens.count {
            let joiner = lower[first.end]
            // "to" and a spaced hyphen join two bounds only when a unit after the second says what
            // they measure ("5 to 10%", "3 - 4 km"); "won 2 to 1" stays two numbers.
            let spaced = joiner == "to" || joiner == "-"
            if joiner == "through" || joiner == "–" || joiner == "—" || spaced, let second = value(at: first.end + 1), !second.ordinal,
               second.value > first.value, !tables.words.scoreWords.contains(word(i - 1) ?? "") {
                // "9–10.30 am": two clocks, a time range for the temporal grammar, as
                // "between 3 and 5 pm" above.
                if let (_, after) = temporal.clockTime(at: first.end + 1), after > second.end { return nil }
                let unit = suffix(after: second.end)
                // "cut in half to 10%": a fraction word is no bound.
                if spaced, unit == nil || tokens[i].kind != .number && first.value != first.value.rounded() { return nil }
                let end = unit?.2 ?? second.end
                var a = expression(i, end, .range)
                a.min = first.value * (unit?.3 ?? 1)
                a.max = second.value * (unit?.3 ?? 1)
                a.unit = unit?.1
                return (a, end)
            }
            // A year "and greater" is a date's ("year 2016 and greater").
            let year = tokens[i].kind == .number && lower[i].utf8.count == 4 && (1000...2999).contains(first.value)
            if joiner == "or" || joiner == "and", !year, let isMin = tables.words.trailingRanges[lower[first.end + 1]],
               let end = trailingEnd(after: first.end + 2) {
                var a = expression(i, end, .range)
                if isMin { a.min = first.value } else { a.max = first.value }
                return (a, end)
            }
        }
        // "5-10" as one token; "lost 1-3", "a 1-0 win" are scores.
        if tokens[i].kind == .number, let (lo, hi) = hyphenPair(i), !tables.words.scoreWords.contains(word(i - 1) ?? ""), !tables.words.scoreWords.contains(word(i + 1) ?? "") {
            var end = i + 1
            var a = expression(i, end, .range)
            if let (_, unit, e, factor) = suffix(after: end) {
                end = e
                a = expression(i, end, .range)
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

    private func set(_ bound: NumberWords.Bound, _ value: Double, on a: inout NumberExpression) {
        if bound != .max { a.min = value }
        if bound != .min { a.max = value }
    }

    /// A second phrase that makes one inclusive bound of the first, said of
    /// the same number before `end`: "more than 50 or equal (to)" keeps its
    /// side, "equal to 50 or less (than)" takes the comparative's. None
    /// when a number follows: "equal to 5000 or more than 4500" is two ranges.
    private func secondBound(_ bound: NumberWords.Bound, after end: Int) -> (NumberWords.Bound, Int) {
        guard word(end) == "or", let next = word(end + 1) else { return (bound, end) }
        if bound != .equal, next == "equal" {
            let last = word(end + 2) == "to" || word(end + 2) == "than" ? end + 3 : end + 2
            return value(at: last) == nil ? (bound, last) : (bound, end)
        }
        if bound == .equal, let isMin = tables.words.trailingRanges[next], let last = trailingEnd(after: end + 2) {
            return (isMin ? .min : .max, last)
        }
        return (bound, end)
    }

    /// Where a trailing comparative ending before `k` ends: "500 or more",
    /// "200 or greater than" (its "than" with it); nil when a number follows,
    /// which it compares instead ("5000 or more than 4500").
    private func trailingEnd(after k: Int) -> Int? {
        if k < tokens.count, tokens[k].kind == .number { return nil }
        guard word(k) == "than" else { return k }
        return value(at: k + 1) == nil ? k + 1 : nil
    }

    /// A number possibly with its suffix: (low, high, end, unit).
    func boundedValue(at j: Int) -> (Double, Double, Int, String?)? {
        if j < tokens.count, tokens[j].kind == .punctuation, let c = tables.currencySymbols[lower[j]], let n = value(at: j + 1) {
            return (n.value * c.factor, n.value * c.factor, n.end, c.code)
        }
        // ">30C", "≥50mph": a measure glued into one token.
        if j < tokens.count, tokens[j].kind == .word, tokens[j].hasDigit, let (inner, end) = compound(at: j), let m = inner,
           m.kind == .quantity || m.kind == .money, case .number(let v)? = m.value {
            return (v, v, end, m.unit)
        }
        guard let n = value(at: j), !n.ordinal else { return nil }
        if let (_, unit, end, factor) = suffix(after: n.end) { return (n.value * factor, n.value * factor, end, unit) }
        return (n.value, n.value, n.end, nil)
    }

    /// "5-10" as one token.
    func hyphenPair(_ i: Int) -> (Double, Double)? {
        let s = lower[i]
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Self.digits(parts[0]), let b = Self.digits(parts[1]), a < b else { return nil }
        return (a, b)
    }
}
