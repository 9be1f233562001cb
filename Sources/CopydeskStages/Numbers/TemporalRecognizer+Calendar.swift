import Copydesk

/// Calendar dates: a day, a month and a year in the orders and spellings English writes them.
extension TemporalRecognizer {
    // MARK: - Calendar dates

    /// "14 December 2022", "December 14, 2022", "Wednesday 14 December", "late February", "May 2004",
    /// "the fourth of July", "tuesday the eleventh", "Christmas". Lower-case and abbreviated month names
    /// count only with a day or a year beside them ("jan 2019", "april 9th").
    func calendarDate(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        var mod: String? = nil
        if can(j + 1, .month), tables.temporalWords.monthModifiers.contains(lower[j]), let (_, weak) = monthAt(j + 1), !weak {
            mod = lower[j] == "early" ? "START" : lower[j] == "late" ? "END" : "MID"
            j += 1
        }
        var weekday: Int? = nil
        if can(j, .weekday), startsTitle(j) { return nil }
        if can(j, .weekday), let wd = Self.weekdays[lower[j]] {
            let full = lower[j].utf8.count > 3 && lower[j] != "tues" && lower[j] != "thur" && lower[j] != "thurs"
            let next = word(j + 1)
            // An abbreviation ("Wed") capitalised, before a stop, "at", digits, a month ("Wed Oct 26", as C's
            // asctime writes it) or a comma and digits ("Wed, 26 Oct", as RFC 2822 does).
            let abbreviated = tokens[j].firstIsUpper && (next == "." || next == "at" || (j + 1 < tokens.count && tokens[j + 1].hasDigit)
                || (next == "," && j + 2 < tokens.count && tokens[j + 2].hasDigit) || can(j + 1, .month))
            if (full && (tokens[j].firstIsUpper || tokens[j].kind == .word)) || abbreviated {
                weekday = wd
                j += 1
                if j < tokens.count, lower[j] == "," || lower[j] == "the" { j += 1 }
            }
        }
        // "the 9th of May": the article belongs to the date.
        let article = j < tokens.count && lower[j] == "the" && weekday == nil && mod == nil
        if article { j += 1 }
        var day: Int? = nil, month: Int? = nil, year: Int? = nil, weak = false
        let dayStart = j
        if let (d, e) = dayAt(j), let (m, w) = monthAt(e) {
            day = d; month = m; weak = w; j = e + 1
        } else if let (d, e) = cardinalWords(at: j), d <= 31, let (m, w) = monthAt(e), !w {
            // "fifteen August nineteen hundred ninety three".
            day = d; month = m; weak = w; j = e + 1
        } else if let (d, e) = dayAt(j), word(e) == "of", let (m, w) = monthAt(e + 1) {
            day = d; month = m; weak = w; j = e + 2
        } else if let (m, w) = monthAt(j) {
            month = m; weak = w; j += 1
            // "Dec. 31", "October, 1st", "June the 28th".
            var k = j
            if word(k) == "." { k += 1 }
            if word(k) == "," || word(k) == "the" { k += 1 }
            if let (d, e) = dayAt(k) { day = d; j = e }
            // "January twenty five nineteen eighty six", "May twenty nine": a day in words, then a year or the end.
            else if let (d, e) = cardinalWords(at: k), d <= 31,
                    yearInWords(at: e) != nil || e >= tokens.count || tokens[e].kind == .punctuation || (tokens[e].kind == .number && lower[e].utf8.count == 4) {
                day = d; j = e
            }
            else if let (d1, d2) = dayPair(j) {
                // "November 18-19", "January 4-22, 2020": a range of days, its year written after it or not.
                var end = j + 1, year: Int? = nil
                if word(end) == ",", let y = yearToken(at: end + 1) { (year, end) = (y, end + 2) } else if let y = yearToken(at: end) { (year, end) = (y, end + 1) }
                let a = CalendarPoint(year: year, month: m, day: d1, grain: .day), b = CalendarPoint(year: year, month: m, day: d2, grain: .day)
                if let (timex, value) = CalendarPoint.range(a, b, assumedYear: year ?? documentDate?.year ?? 2000) {
                    return span(weekday != nil || mod != nil ? i : dayStart, end, .date, timex: timex, value: value)
                }
            }
        }
        if article && day == nil {
            // "on the 18th", "on the 17 from 2pm": a day of an unnamed month.
            guard let (d, e) = dayAt(dayStart), word(i - 1) == "on", !endsInNoun(e) else { return nil }
            return span(i, e, .date, timex: "XXXX-XX-\(CivilDate.pad(d, 2))")
        }
        // "tuesday the eleventh": the day of a month near the writing that falls on that weekday.
        if month == nil, let weekday, lower[dayStart - 1] == "the", let (d, e) = dayAt(dayStart) {
            guard let doc = documentDate else { return span(i, e, .date, timex: "XXXX-WXX-\(weekday)") }
            let candidates = (-2...2).compactMap { offset -> CivilDate? in
                let m = CivilDate(year: doc.year, month: doc.month, day: 1).adding(months: offset)
                guard d <= DocumentDate.daysInMonth(year: m.year, month: m.month) else { return nil }
                let c = CivilDate(year: m.year, month: m.month, day: d)
                return c.weekday == weekday ? c : nil
            }
            guard let best = candidates.min(by: { abs($0.dayNumber - doc.dayNumber) < abs($1.dayNumber - doc.dayNumber) }) else { return nil }
            return span(i, e, .date, timex: best.iso, value: best.iso)
        }
        // "Monday 21": the weekday said with its day of the month.
        if month == nil, let weekday, let (_, e) = dayAt(dayStart), tokens[dayStart].hasDigit, !endsInNoun(e), word(e) != ":" {
            let resolved = documentDate.map { resolveWeekday(weekday, from: $0, tenseDirection(before: i), strict: false).iso }
            return dateSpan(i, e, resolved: resolved, unresolved: "XXXX-WXX-\(weekday)", openYear: true)
        }
        if month != nil, j < tokens.count {
            var k = j
            if (lower[k] == "," || lower[k] == "of" || lower[k] == "in"), k + 1 < tokens.count { k += 1 }
            if let y = yearToken(at: k) { year = y; j = k + 1 }
            else if let (y, e) = yearInWords(at: k) { year = y; j = e }
            // "April of 87", "15 April of 03": two digits after "of" are the year, 1950 to 2049.
            else if lower[j] == "of", tokens[k].kind == .number, lower[k].utf8.count == 2, let yy = Int(lower[k]), !endsInNoun(k + 1),
                    word(k + 1).map({ !tables.temporalWords.notAfterTwoDigitYear.contains($0) }) ?? true {
                year = yy < 50 ? 2000 + yy : 1900 + yy; j = k + 1
            }
        }
        // "May Day": a holiday whose name starts with a month's.
        if month != nil, day == nil, year == nil, holiday(at: dayStart) != nil { month = nil }
        if let month {
            // "May" and "March" alone are verbs too often: need a day, a year or a date word before them.
            let bare = day == nil && year == nil && mod == nil
            // A month range makes bare months plain: "from May to September", "between august and october".
            let inRange = (word(j).map(tables.temporalWords.rangeJoiners.contains) == true && monthAt(j + 1) != nil)
                || (word(dayStart - 1).map(tables.temporalWords.rangeJoiners.contains) == true && monthAt(dayStart - 2) != nil)
            if bare, !inRange {
                if weak { return weekdayOnly(i, weekday) }
                let w = lower[dayStart]
                let before = word(dayStart - 1) ?? ""
                // "she may", "they march"; but "14-22 May", after a range of days, and "the three months to March"
                // (a period up to it) are the month.
                let periodTo = before == "to" && word(dayStart - 2).map { tables.temporalWords.durationUnits[$0] != nil } == true
                if (w == "may" || w == "march") && !tables.temporalWords.monthVerbCues.contains(before) && dayPair(dayStart - 1) == nil && !periodTo {
                    return weekdayOnly(i, weekday)
                }
            }
            if let day, day > DocumentDate.daysInMonth(year: year ?? 2000, month: month) { return weekdayOnly(i, weekday) }
            let start = weekday != nil || mod != nil || article ? i : dayStart
            if let day {
                let date: CivilDate?
                if let year { date = CivilDate(year: year, month: month, day: day) }
                else { date = documentDate.map { resolveDay(month: month, day: day, from: $0, tenseDirection(before: i)) } }
                let unresolved = "\(year.map { CivilDate.pad($0, 4) } ?? "XXXX")-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
                return dateSpan(start, j, resolved: date?.iso, unresolved: unresolved, mod: mod, openYear: year == nil)
            }
            if let year {
                let resolved = "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
                return dateSpan(start, j, resolved: resolved, unresolved: "XXXX-\(CivilDate.pad(month, 2))", mod: mod)
            }
            return monthSpan(start, j, month: month, mod: mod)
        }
        if weekday != nil { return weekdayOnly(i, weekday) }
        if let (h, end) = holiday(at: i) {
            // "Christmas 2010", "black friday 2010": the holiday of that year.
            if let y = yearToken(at: end) {
                let day = h.date(in: y).iso
                return span(i, end + 1, .date, timex: day, value: day)
            }
            return holidaySpan(i, end, h, .nearest, openYear: true)
        }
        return nil
    }

    /// A month without its year, the one the tense points to: "late February", "mid-November".
    func monthSpan(_ from: Int, _ to: Int, month: Int, mod: String?) -> (NumberExpression, Int) {
        let resolved = documentDate.map { resolveMonth(month, from: $0, tenseDirection(before: from) == .future ? .future : .past, strict: false) }
        return dateSpan(from, to, resolved: resolved, unresolved: "XXXX-\(CivilDate.pad(month, 2))", mod: mod, openYear: true)
    }

    /// A holiday resolved in `direction` from the document's date. A moving feast has no
    /// open-year form: without a date to count from, it is left alone.
    func holidaySpan(_ from: Int, _ to: Int, _ h: HolidayRule, _ direction: Direction, openYear: Bool) -> (NumberExpression, Int)? {
        let resolved = documentDate.map { resolve(h.date(in:), from: $0, direction).iso }
        guard let fixed = h.fixedDay else { return resolved.map { span(from, to, .date, timex: $0, value: $0) } }
        let unresolved = "XXXX-\(CivilDate.pad(fixed.month, 2))-\(CivilDate.pad(fixed.day, 2))"
        return dateSpan(from, to, resolved: resolved, unresolved: unresolved, openYear: openYear)
    }

    func weekdayOnly(_ i: Int, _ weekday: Int?) -> (NumberExpression, Int)? {
        guard let weekday else { return nil }
        let resolved = documentDate.map { resolveWeekday(weekday, from: $0, tenseDirection(before: i), strict: false).iso }
        return dateSpan(i, i + 1, resolved: resolved, unresolved: "XXXX-WXX-\(weekday)", openYear: true)
    }

    /// The month named at token `j`, and whether the name is weak evidence
    /// alone: lower-case ("april") or abbreviated without its stop ("Jan").
    func monthAt(_ j: Int) -> (Int, weak: Bool)? {
        guard can(j, .month), let m = Self.months[lower[j]] else { return nil }
        let full = lower[j].utf8.count > 4 || lower[j] == "may" || lower[j] == "june" || lower[j] == "july"
        let weak = !tokens[j].firstIsUpper || (!full && word(j + 1) != ".")
        return (m, weak)
    }

    /// The year written as four digits at token `k` ("2018"), within `range`.
    func yearToken(at k: Int, in range: ClosedRange<Int> = 1000...2999) -> Int? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .number, lower[k].utf8.count == 4, let y = Int(lower[k]), range.contains(y) else { return nil }
        // "from 1900 GMT" and "until 2000 hrs" are clocks, "2048 * 1080 pixels" a size.
        if k + 1 < tokens.count, (tokens[k + 1].isAllCaps && tables.temporalWords.zones.contains(lower[k + 1])) || ["*", "x", "×"].contains(lower[k + 1])
            || tables.temporalWords.clockHourWords.contains(lower[k + 1]) { return nil }
        return y
    }

    /// A year said in words: "nineteen ninety six", "nineteen hundred ninety three",
    /// "two thousand and fifteen", "twenty twenty".
    /// 1…99 in words at token `k` ("five", "fifteen", "ninety six", "ninety-six") and the token after it.
    func cardinalWords(at k: Int) -> (Int, Int)? {
        guard can(k, .numberWord) || can(k, .hyphenated), let w = word(k) else { return nil }
        func v(_ s: String) -> (Double, NumberTables.WordType)? { tables.numberWords[s].map { ($0.value, $0.type) } }
        if can(k, .hyphenated) {
            let parts = w.split(separator: "-").map(String.init)
            guard parts.count == 2, let t = v(parts[0]), t.1 == .ten, let u = v(parts[1]), u.1 == .unit, u.0 < 10 else { return nil }
            return (Int(t.0 + u.0), k + 1)
        }
        guard let first = v(w), first.1 == .unit || first.1 == .ten, first.0 >= 1, first.0 < 100 else { return nil }
        if first.1 == .ten, let nw = word(k + 1), let u = v(nw), u.1 == .unit, u.0 >= 1, u.0 < 10 { return (Int(first.0 + u.0), k + 2) }
        return (Int(first.0), k + 1)
    }

    func yearInWords(at j: Int) -> (Int, Int)? {
        let small = cardinalWords(at:)
        guard let (head, e) = small(j) else { return nil }
        // "two thousand (and) fifteen"
        if head == 2 || head == 1, word(e) == "thousand" {
            var k = e + 1
            if word(k) == "and" { k += 1 }
            if let (rest, end) = small(k) { return (head * 1000 + rest, end) }
            return (head * 1000, e + 1)
        }
        // "nineteen (hundred) (and) ninety six", "twenty twenty"
        guard (10...20).contains(head) else { return nil }
        var k = e
        // "nineteen oh five", "eleven oh-four": a zero said as "oh" before the last digit.
        if let w = word(k), w == "oh" || w.hasPrefix("oh-") {
            let digit = w == "oh" ? word(k + 1).flatMap { tables.numberWords[$0] } : tables.numberWords[String(w.dropFirst(3))]
            if let d = digit, d.type == .unit, d.value >= 1, d.value <= 9 { return (head * 100 + Int(d.value), w == "oh" ? k + 2 : k + 1) }
            return nil
        }
        if word(k) == "hundred" { k += 1; if word(k) == "and" { k += 1 } }
        guard let (rest, end) = small(k), rest >= 10 || word(e) == "hundred" else { return nil }
        return (head * 100 + rest, end)
    }

    /// "18-19" as one token: two days of a month.
    func dayPair(_ j: Int) -> (Int, Int)? {
        guard j >= 0, j < tokens.count, tokens[j].kind == .number else { return nil }
        let parts = lower[j].split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.utf8.count <= 2 }), let a = Int(parts[0]), let b = Int(parts[1]),
              (1...31).contains(a), (1...31).contains(b), a < b else { return nil }
        return (a, b)
    }

    /// The day of the month at token `j` ("14", "14th", "fourth", "twenty-first",
    /// "thirty first") and the token after it.
    func dayAt(_ j: Int) -> (Int, Int)? {
        guard j < tokens.count else { return nil }
        if tokens[j].hasDigit {
            var s = lower[j]
            if tokens[j].kind == .word, s.hasSuffix("st") || s.hasSuffix("nd") || s.hasSuffix("rd") || s.hasSuffix("th") { s = String(s.dropLast(2)) }
            guard s.utf8.count <= 2, let d = Int(s), (1...31).contains(d) else { return nil }
            return (d, j + 1)
        }
        func ordinal(_ w: Substring) -> Int? {
            guard let e = tables.numberWords[String(w)], e.type == .ordinal, e.value <= 31 else { return nil }
            return Int(e.value)
        }
        guard can(j, .numberWord) else { return nil }
        let w = lower[j]
        if let d = ordinal(w[...]) { return (d, j + 1) }
        // "twenty-first", "twenty first", "thirty first".
        guard w.hasPrefix("t") else { return nil }
        if w.utf8.contains(UInt8(ascii: "-")) {
            let parts = w.split(separator: "-")
            if parts.count == 2, let t = tables.temporalWords.dayTens[String(parts[0])], let u = ordinal(parts[1]), u < 10, t + u <= 31 { return (t + u, j + 1) }
            return nil
        }
        if let t = tables.temporalWords.dayTens[w], let next = word(j + 1), let u = ordinal(next[...]), u < 10, t + u <= 31 { return (t + u, j + 2) }
        return nil
    }
}
