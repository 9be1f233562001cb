import Copydesk

/// The nth weekday of a month: "the first Monday of March" (`XXXX-03-WXX-1-#1`,
/// as Recognizers-Text writes it), "the 3rd Tuesday in June", "last Friday of
/// June", "the second Sunday of next month", "the first Monday in March 2024"
/// (`2024-03-WXX-1-#1`); `value` is that day in the month the year written or
/// else the tense points to.
///
/// Two conventions of Recognizers-Text are kept: Sunday is 0 in this timex
/// (its English DayOfWeek table; the lone weekday writes 7), and "last" is
/// the fifth, written as the fourth when the month has no fifth such day in
/// the year of the writing ("XXXX-06-WXX-5-#4" when June has four Fridays).
extension TemporalRecognizer {
    func nthWeekday(at i: Int) -> (NumberExpression, Int)? {
        let j = lower[i] == "the" ? i + 1 : i
        // An abbreviated weekday ("the first Mon of March") after "the" or capitalised.
        guard let o = word(j), var n = tables.temporalWords.weekdayOrdinals[o], can(j + 1, .weekday), let wd = Self.weekdays[lower[j + 1]],
              lower[j + 1].utf8.count >= 6 || j > i || tokens[j + 1].firstIsUpper,
              let link = word(j + 2), link == "of" || link == "in" else { return nil }
        // The month: a name ("of June"), or this, next or last month, counted from the writing.
        var month: Int, year: Int?, end: Int
        var written: Int? = nil
        if let (m, _) = monthAt(j + 3) {
            (month, year, end) = (m, documentDate?.year, j + 4)
            // "the second Tuesday of May 2021", "… of May, 2021": that month's year.
            let k = word(end) == "," ? end + 1 : end
            if let y = yearToken(at: k) { (year, written, end) = (y, y, k + 1) }
        } else if let rel = word(j + 3), let step = ["this": 0, "next": 1, "last": -1][rel], word(j + 4) == "month", let d = documentDate {
            let m = CivilDate(year: d.year, month: d.month, day: 1).adding(months: step)
            (month, year, end) = (m.month, m.year, j + 5)
        } else {
            return nil
        }
        if n == 5, let year, Self.weekday(wd, n, month: month, year: year) == nil { n = 4 }
        let timex = "\(written.map { CivilDate.pad($0, 4) } ?? "XXXX")-\(CivilDate.pad(month, 2))-WXX-\(wd % 7)-#\(n)"
        if let written { return span(i, end, .date, timex: timex, value: (Self.weekday(wd, n, month: month, year: written) ?? Self.weekday(wd, n - 1, month: month, year: written))?.iso) }
        guard let d = documentDate else { return span(i, end, .date, timex: timex) }
        let named = end == j + 4
        let resolved = named ? resolveMonth(month, from: d, tenseDirection(before: i), strict: false) : "\(CivilDate.pad(year ?? d.year, 4))-\(CivilDate.pad(month, 2))"
        guard let ym = CivilDate(iso: resolved + "-01") else { return span(i, end, .date, timex: timex) }
        let day = Self.weekday(wd, n, month: ym.month, year: ym.year) ?? Self.weekday(wd, n - 1, month: ym.month, year: ym.year)
        return span(i, end, .date, timex: timex, value: day?.iso)
    }

    /// The `n`th weekday `wd` (ISO, Monday 1) of a month, or nil past its end.
    static func weekday(_ wd: Int, _ n: Int, month: Int, year: Int) -> CivilDate? {
        let first = CivilDate(year: year, month: month, day: 1)
        let day = first.adding(days: (wd - first.weekday + 7) % 7 + 7 * (n - 1))
        return day.month == month ? day : nil
    }
}
