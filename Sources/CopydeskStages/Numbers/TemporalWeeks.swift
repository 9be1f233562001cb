import Copydesk

/// Parts of a named period and its end: "the first week of 2019"
/// (2019-W01), "3rd week of Jan" (XXXX-01-W03), "the last week of this
/// month", "the third month of 2021", "week 10", "end of the day" (its last
/// second), "end of month", "EOY".
extension TemporalRecognizer {
    /// "first"…"fifth", "1st"…, "last" as the position of a week or month.
    func position(at j: Int) -> (Int, Int)? {
        guard let w = word(j) else { return nil }
        if w == "last" { return (-1, j + 1) }
        if let e = tables.numberWords[w], e.type == .ordinal, e.value >= 1, e.value <= 12 { return (Int(e.value), j + 1) }
        if tokens[j].kind == .word, tokens[j].hasDigit, let (d, e) = dayAt(j), d <= 12 { return (d, e) }
        return nil
    }

    /// "[the] first week of 2019", "3rd week of Jan", "the third month of 2021", "week 10 [of 2027]".
    func periodOf(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        if lower[j] == "the" { j += 1 }
        // "week 10", "week 3 of 2027".
        if word(j) == "week", let n = word(j + 1), tokens[j + 1].kind == .number, let w = Int(n), (1...53).contains(w) {
            var end = j + 2
            var year = documentDate?.year
            if word(end) == "of", let y = yearToken(at: end + 1) { year = y; end += 2 }
            guard let year else { return span(j, end, .date, timex: "XXXX-W\(CivilDate.pad(w, 2))") }
            let timex = "\(CivilDate.pad(year, 4))-W\(CivilDate.pad(w, 2))"
            return span(j, end, .date, timex: timex, value: timex)
        }
        guard let (n, e) = position(at: j), let unit = word(e), unit == "week" || unit == "month", word(e + 1) == "of" else { return nil }
        let k = e + 2
        // What the week or month is of: a year, a month, or this/next/last month or year.
        var year: Int?, month: Int?, end = k
        if let y = yearToken(at: k) {
            year = y; end = k + 1
        } else if let (m, _) = monthAt(k) {
            month = m; end = k + 1
            if let y = yearToken(at: end) { year = y; end += 1 }
        } else if let rel = word(k), ["this", "next", "last", "the"].contains(rel), let what = word(k + 1), what == "month" || what == "year" {
            end = k + 2
            let step = rel == "next" ? 1 : rel == "last" ? -1 : 0
            guard let d = documentDate else { return nil }
            if what == "month" { let m = d.adding(months: step); year = m.year; month = m.month }
            else if rel != "the" { year = d.year + step }
        } else {
            return nil
        }
        if unit == "month" {
            guard month == nil, n > 0 else { return nil }
            let timex = "\(year.map { CivilDate.pad($0, 4) } ?? "XXXX")-\(CivilDate.pad(n, 2))"
            return span(i, end, .date, timex: timex, value: year == nil ? nil : timex)
        }
        let y = year.map { CivilDate.pad($0, 4) } ?? "XXXX"
        if let month {
            let w = n > 0 ? n : 5
            return span(i, end, .date, timex: "\(y)-\(CivilDate.pad(month, 2))-W\(CivilDate.pad(w, 2))")
        }
        let w = n > 0 ? n : 52
        return span(i, end, .date, timex: "\(y)-W\(CivilDate.pad(w, 2))", value: year == nil ? nil : "\(y)-W\(CivilDate.pad(w, 2))")
    }

    /// "end of the day" (2018-11-21T23:59:59), "end of month", "the end of the week", "EOY", "EOD".
    func endOf(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        var unit: String?, end = i + 1
        switch w {
        case "eod": unit = "day"
        case "eom": unit = "month"
        case "eoy": unit = "year"
        case "end":
            guard word(i + 1) == "of" else { return nil }
            var k = i + 2
            if word(k) == "the" { k += 1 }
            guard let u = word(k), ["day", "week", "month", "year"].contains(u) else { return nil }
            unit = u; end = k + 1
        default: return nil
        }
        guard let unit else { return nil }
        guard let d = documentDate else { return span(i, end, .date, timex: unit == "day" ? "XXXX-XX-XXT23:59:59" : "XXXX", mod: "END") }
        switch unit {
        case "day": return span(i, end, .datetime, timex: d.iso + "T23:59:59", value: d.iso + "T23:59:59")
        case "week":
            let (y, wk) = d.isoWeek
            let timex = "\(y)-W\(CivilDate.pad(wk, 2))"
            return span(i, end, .date, timex: timex, value: timex, mod: "END")
        case "month":
            let timex = "\(CivilDate.pad(d.year, 4))-\(CivilDate.pad(d.month, 2))"
            return span(i, end, .date, timex: timex, value: timex, mod: "END")
        default:
            return span(i, end, .date, timex: String(d.year), value: String(d.year), mod: "END")
        }
    }

    /// "the week of March 5", "the week starting on February 4", "the week beginning 4 February":
    /// the week named by a day of it; its timex is that day's, as Recognizers-Text writes it.
    func weekOf(at i: Int) -> (NumberExpression, Int)? {
        guard lower[i] == "the", word(i + 1) == "week", let w = word(i + 2), tables.temporalWords.weekOfWords.contains(w) else { return nil }
        let k = word(i + 3) == "on" ? i + 4 : i + 3
        guard k < tokens.count, let (day, end) = calendarDate(at: k), day.kind == .date, let t = day.timex, t.utf8.count == 10 else { return nil }
        var (r, e) = span(i, end, .date, timex: t)
        r.value = day.value
        return (r, e)
    }

    /// "for the day", "partner of the month", "in the week", "later in the year": the
    /// period of the writing, after a preposition that makes it one.
    func thePeriod(at i: Int) -> (NumberExpression, Int)? {
        guard lower[i] == "the", i > 0, tables.temporalWords.periodPrepositions.contains(lower[i - 1]),
              let unit = word(i + 1), tables.temporalWords.writingPeriods.contains(unit) else { return nil }
        // "the week of the 18th", "the week beginning the 4th", "the year's", "the day before": another day than the writing's.
        if let next = word(i + 2), tables.temporalWords.otherPeriodFollowers.contains(next) || (tokens[i + 2].kind == .number) { return nil }
        guard let d = documentDate else { return nil }
        let timex: String
        switch unit {
        case "day": timex = d.iso
        case "week", "weekend": let (y, w) = d.isoWeek; timex = "\(y)-W\(CivilDate.pad(w, 2))" + (unit == "weekend" ? "-WE" : "")
        case "month": timex = "\(CivilDate.pad(d.year, 4))-\(CivilDate.pad(d.month, 2))"
        default: timex = String(d.year)
        }
        return span(i, i + 2, .date, timex: timex, value: timex)
    }

    /// "right now", "at the moment", "to date": the time of the writing (PRESENT_REF).
    func presentReference(at i: Int) -> (NumberExpression, Int)? {
        for p in tables.temporalWords.presentPhrases where p[0] == lower[i] && i + p.count <= tokens.count {
            guard (1..<p.count).allSatisfy({ lower[i + $0] == p[$0] }) else { continue }
            // "to date" only at the end of a clause: "up to date" and "to date him" are other things.
            if p[1] == "date", (i > 0 && lower[i - 1] == "up") || endsInNoun(i + 2) { continue }
            // "to date" is a day; "right now" a moment.
            return span(i, i + p.count, p[1] == "date" ? .date : .datetime, timex: "PRESENT_REF", value: documentDate?.iso)
        }
        return nil
    }

    /// Whether a plain lower-case word follows token `e - 1`: "the 18th floor" is no date.
    func endsInNoun(_ e: Int) -> Bool {
        guard e < tokens.count, tokens[e].kind == .word, !tokens[e].firstIsUpper else { return false }
        return !tables.temporalWords.notNouns.contains(lower[e])
    }

}
