import Copydesk

/// Joins two dates, or a bare day and a date, into one date range: "from
/// 2014 to 2018", "between 3 and 12 of Sept", "Nov 18 - Dec 19, 2015",
/// "January to April 2015". The timex is Recognizers-Text's
/// `(start,end,duration)`; `value` the resolved ISO 8601 interval when both
/// years are known.
extension NumberRecognizer {
    func composeDateRanges(_ items: consuming [NumberExpression]) -> [NumberExpression] {
        for n in items.indices where items[n].kind == .range {
            if let years = yearRange(items[n]) { items[n] = years }
        }
        return joinNeighbours(consume items) { a, b, gap, first in dateRange(a, b, first: first, gap: gap) ?? daysOfMonth(a, b, gap: gap) }
    }

    /// "4-22 January", "from 4 to 22 next month", "between 3 and 12 of this month": a range of
    /// days of the month after it (the month's year, or open as the month's is).
    private func daysOfMonth(_ x: NumberExpression, _ y: NumberExpression, gap: Range<Int>) -> NumberExpression? {
        guard gap.isEmpty || (gap.count == 1 && lower[gap.lowerBound] == "of"), y.kind == .date, y.mod == nil,
              let t = y.timex, let point = CalendarPoint(timex: t), point.grain == .month, let m = point.month else { return nil }
        let year = point.year
        // "10 to 23 next month": the range's second day takes the month; the first joins it after (`dateRange`).
        if x.kind == .cardinal, case .number(let v)? = x.value, v == v.rounded(), v >= 1, let k = x.firstToken, k >= 2,
           tables.temporalWords.dateRangeWords.contains(lower[k - 1]), tokens[k - 2].kind == .number, let first = Int(lower[k - 2]),
           (1..<Int(v)).contains(first), Int(v) <= DocumentDate.daysInMonth(year: year ?? 2000, month: m) {
            var r = NumberExpression(x, y, kind: .date)
            r.timex = t + "-" + CivilDate.pad(Int(v), 2)
            if case .string(let month)? = y.value, month.utf8.count == 7 { r.value = .string(month + "-" + CivilDate.pad(Int(v), 2)) }
            return r
        }
        guard x.kind == .range, x.unit == nil, let lo = x.min, let hi = x.max, lo < hi, lo == lo.rounded(), hi == hi.rounded(), lo >= 1 else { return nil }
        guard Int(hi) <= DocumentDate.daysInMonth(year: year ?? 2000, month: m),
              let (timex, value) = CalendarPoint.range(CalendarPoint(year: year, month: m, day: Int(lo), grain: .day),
                                                       CalendarPoint(year: year, month: m, day: Int(hi), grain: .day),
                                                       assumedYear: year ?? documentYear ?? 2000) else { return nil }
        var r = NumberExpression(x, y, kind: .date)
        // "from 9-10 July": the opener belongs to the range, as in "from 9 to 10 July".
        if let f = x.firstToken, f > 0, lower[f - 1] == "from" || lower[f - 1] == "between", tokens[f].kind == .number { r.extend(toToken: f - 1, in: tokens) }
        r.timex = timex
        r.value = value.map { .string($0) }
        return r
    }

    private func dateRange(_ x: NumberExpression, _ y: NumberExpression, first: Int, gap: Range<Int>) -> NumberExpression? {
        guard (1...2).contains(gap.count), tables.temporalWords.dateRangeWords.contains(lower[gap.lowerBound]),
              gap.count == 1 || lower[gap.upperBound - 1] == "the" else { return nil }
        guard var a = rangePoint(x), var b = rangePoint(y) else { return nil }
        // At least one side must be a date: two bare numbers are a numeric range.
        guard x.kind == .date || y.kind == .date || (a.grain == .year && b.grain == .year) else { return nil }
        var start = first
        if first > 0, lower[first - 1] == "the", first > 1, lower[first - 2] == "between" || lower[first - 2] == "from" { start = first - 2 }
        else if first > 0, lower[first - 1] == "between" || lower[first - 1] == "from" { start = first - 1 }
        let joiner = lower[gap.lowerBound]
        if joiner == "and", start == first || lower[start] != "between" { return nil }
        // Two bare years need "from"/"between" or a tight joiner: "2014 to 2018", "2014~2018"; and no noun after them.
        if x.kind != .date, y.kind != .date {
            if start == first, joiner != "to", joiner != "~", joiner != "-", joiner != "through" { return nil }
            if countsSomething(after: y) { return nil }
        }
        // A bare day takes its month and year from the other side: "3 and 12 of Sept", "April 9th through 17th".
        if a.month == nil, a.grain == .day {
            guard b.grain == .day, b.month != nil else { return nil }
            a.month = b.month
            a.year = b.year
        } else if b.month == nil, b.grain == .day {
            guard a.grain == .day, a.month != nil else { return nil }
            b.month = a.month
            b.year = a.year
        }
        let assumed = a.year ?? b.year ?? documentYear ?? 2000
        guard let (timex, value) = CalendarPoint.range(a, b, assumedYear: assumed) else { return nil }
        var r = NumberExpression(y, y, kind: .date)
        r.extend(toToken: start, in: tokens)
        r.timex = timex
        r.value = value.map { .string($0) }
        return r
    }

    var documentYear: Int? { temporal.documentDate?.year }

    /// "between now and November 15th", "between Jan 2019 and now": a range
    /// from or to the day of writing, counted in days. Each end keeps its own
    /// timex ("XXXX-11-15"); the duration counts to the next November 15th.
    func rangesFromNow(_ items: consuming [NumberExpression]) -> [NumberExpression] {
        guard let today = temporal.documentDate else { return items }
        for n in items.indices where items[n].kind == .date {
            let d = items[n]
            guard let k = d.firstToken, k >= 1, let e = d.lastToken else { continue }
            let before = k >= 3 && lower[k - 3] == "between" && lower[k - 2] == "now" && lower[k - 1] == "and"
            guard before || (lower[k - 1] == "between" && word(e + 1) == "and" && word(e + 2) == "now"),
                  let timex = d.timex, let point = CalendarPoint(timex: timex, mod: d.mod) else { continue }
            // A date without its year is the next one after today, or the last one before it.
            var day = point.firstDay(year: today.year)
            if point.year == nil, before, day <= today { day = point.firstDay(year: today.year + 1) }
            if point.year == nil, !before, day >= today { day = point.firstDay(year: today.year - 1) }
            let shown = point.grain == .day ? timex : day.iso
            let (from, to, start, end) = before ? (today, day, today.iso, shown) : (day, today, shown, today.iso)
            guard to > from else { continue }
            let (first, last) = before ? (k - 3, e) : (k - 1, e + 2)
            var r = NumberExpression(tokens: tokens, first, last, kind: .date)
            r.timex = "(\(start),\(end),P\(to.dayNumber - from.dayNumber)D)"
            r.value = .string("\(from.iso)/\(to.iso)")
            items[n] = r
        }
        return items
    }

    /// A date, a bare day number ("3", "17th") or a bare year ("2018") as one end of a range.
    private func rangePoint(_ a: NumberExpression) -> CalendarPoint? {
        switch a.kind {
        case .date:
            return a.timex.flatMap { CalendarPoint(timex: $0, mod: a.mod) }
        case .cardinal, .ordinal:
            guard case .number(let v)? = a.value, v == v.rounded(), let k = a.firstToken else { return nil }
            if (1...31).contains(v) { return CalendarPoint(year: nil, month: nil, day: Int(v), grain: .day) }
            if a.kind == .cardinal, let y = temporal.yearToken(at: k), Double(y) == v {
                return CalendarPoint(year: y, month: nil, day: nil, grain: .year)
            }
            return nil
        default:
            return nil
        }
    }

    /// "between 2007 and 2009", "2014-2018": a numeric range of two years is a date range.
    private func yearRange(_ item: NumberExpression) -> NumberExpression? {
        guard item.kind == .range, item.unit == nil, let lo = item.min, let hi = item.max, lo < hi,
              (1000...2999).contains(lo), (1000...2999).contains(hi), lo == lo.rounded(), hi == hi.rounded(),
              let f = item.firstToken, let l = item.lastToken else { return nil }
        // Years are written in four digits: "from 1500 to 2000" people could be anything else.
        let digits = (f...l).filter { tokens[$0].kind == .number }.map { lower[$0] }
        guard !digits.isEmpty, digits.allSatisfy({ $0.utf8.count == 4 || $0.utf8.count == 9 }), !countsSomething(after: item) else { return nil }
        let a = CalendarPoint(year: Int(lo), month: nil, day: nil, grain: .year)
        let b = CalendarPoint(year: Int(hi), month: nil, day: nil, grain: .year)
        guard let (timex, value) = CalendarPoint.range(a, b, assumedYear: Int(lo)) else { return nil }
        var r = NumberExpression(spanOf: item, kind: .date)
        if f > 0, lower[f - 1] == "between" || lower[f - 1] == "from" { r.extend(toToken: f - 1, in: tokens) }
        r.timex = timex
        r.value = value.map { .string($0) }
        return r
    }

    /// Whether a plain lower-case word follows `a`: "2000 people" counts people, not years.
    func countsSomething(after a: NumberExpression) -> Bool {
        guard let e = a.lastToken else { return false }
        return temporal.endsInNoun(e + 1)
    }
}
