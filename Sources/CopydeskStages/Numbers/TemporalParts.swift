import Copydesk

/// Parts of a year or a month counted from its start or its end: "the first
/// quarter of 2019", "the second half of the year", "the first 2 weeks of
/// 2021", "the last 3 weeks of this year", "the first six months of last
/// year", as Recognizers-Text writes them: `(2019-01-01,2019-04-01,P3M)`.
/// Weeks are whole weeks from Monday.
extension TemporalRecognizer {
    func partOf(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        if lower[j] == "the" { j += 1 }
        // "first", "last", "2nd": one lexicon read rules out most words.
        guard j < tokens.count, can(j, .numberWord) || tokens[j].hasDigit || lower[j] == "last" else { return nil }
        let start = j == i && word(i - 1) == "the" ? i - 1 : i
        guard let (n, e) = position(at: j), let unit = word(e) else { return nil }
        // "the first quarter of": one of the four quarters or two halves.
        if unit == "quarter" || unit == "half" {
            let parts = unit == "quarter" ? 4 : 2
            guard word(e + 1) == "of", n == -1 || (1...parts).contains(n), let (year, month, end) = container(at: e + 2), month == nil else { return nil }
            let months = 12 / parts
            let first = CivilDate(year: year ?? 2000, month: ((n == -1 ? parts : n) - 1) * months + 1, day: 1)
            return range(start, end, first, first.adding(months: months), "P\(months)M", openYear: year == nil)
        }
        // "the first 2 weeks of": a count of days, weeks or months from either end.
        guard n == 1 || n == -1, let (count, e2) = count(at: e), let u = word(e2), let grain = tables.temporalWords.partUnits[u],
              word(e2 + 1) == "of", let (year, month, end) = container(at: e2 + 2) else { return nil }
        let lo = CivilDate(year: year ?? 2000, month: month ?? 1, day: 1)
        let hi = month == nil ? lo.adding(months: 12) : lo.adding(months: 1)
        switch grain {
        case "D":
            guard count <= hi.dayNumber - lo.dayNumber else { return nil }
            return n == 1 ? range(start, end, lo, lo.adding(days: count), "P\(count)D", openYear: year == nil)
                : range(start, end, hi.adding(days: -count), hi, "P\(count)D", openYear: year == nil)
        case "M":
            guard month == nil, count <= 12 else { return nil }
            return n == 1 ? range(start, end, lo, lo.adding(months: count), "P\(count)M", openYear: year == nil)
                : range(start, end, hi.adding(months: -count), hi, "P\(count)M", openYear: year == nil)
        default:
            // Weeks need a known year: the first starts on the first Monday, the last on the last one.
            guard year != nil, count <= 53 else { return nil }
            if n == 1 {
                let monday = lo.adding(days: (8 - lo.weekday) % 7)
                return range(start, end, monday, monday.adding(days: 7 * count), "P\(count)W", openYear: false)
            }
            let last = hi.adding(days: -1)
            let monday = last.adding(days: -((last.weekday + 6) % 7))
            return range(start, end, monday.adding(days: -7 * count), monday, "P\(count)W", openYear: false)
        }
    }

    /// The year or month a part is of: "2019", "March 2019", "this year",
    /// "last month", "the year" (its year left open). Returns the end token.
    private func container(at k: Int) -> (year: Int?, month: Int?, end: Int)? {
        if let y = yearToken(at: k) { return (y, nil, k + 1) }
        if let (m, _) = monthAt(k) {
            if let y = yearToken(at: k + 1) { return (y, m, k + 2) }
            return (documentDate?.year, m, k + 1)
        }
        guard let rel = word(k), ["this", "next", "last", "the"].contains(rel), let what = word(k + 1), what == "month" || what == "year" else { return nil }
        if rel == "the" { return what == "year" ? (nil, nil, k + 2) : nil }
        guard let d = documentDate else { return nil }
        let step = rel == "next" ? 1 : rel == "last" ? -1 : 0
        if what == "month" {
            let m = d.adding(months: step)
            return (m.year, m.month, k + 2)
        }
        return (d.year + step, nil, k + 2)
    }

    private func range(_ from: Int, _ to: Int, _ a: CivilDate, _ b: CivilDate, _ duration: String, openYear: Bool) -> (NumberExpression, Int) {
        func show(_ d: CivilDate) -> String { openYear ? "XXXX" + d.iso.dropFirst(4) : d.iso }
        return span(from, to, .date, timex: "(\(show(a)),\(show(b)),\(duration))", value: openYear ? nil : "\(a.iso)/\(b.iso)")
    }
}
