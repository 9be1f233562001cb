import Copydesk

/// Periods counted from the document date or aligned to the calendar:
/// "the next 3 days" `(2016-11-08,2016-11-11,P3D)`, "the past 5 years",
/// "within 9 months", "last quarter" `(2019-04-01,2019-07-01,P3M)`, "the
/// next decade", "2017 Q1", "this summer" `2016-SU`.
extension TemporalRecognizer {
    /// A small count at token `j`: "3", "three", "a", "ten"; and the token after it.
    func count(at j: Int) -> (Int, Int)? {
        guard let w = word(j) else { return nil }
        if tokens[j].kind == .number, let n = Int(w), n > 0, n < 1000 { return (n, j + 1) }
        if can(j, .numberWord), let e = tables.numberWords[w], e.type == .unit || e.type == .ten, e.value > 0, e.value == e.value.rounded() {
            return (Int(e.value), j + 1)
        }
        return nil
    }

    /// "next 3 days", "the past two quarters", "5 upcoming years", "within 9 months", "past fortnight".
    func countedPeriod(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        var within = false
        if lower[j] == "within" { within = true; j += 1 }
        var direction: Direction?
        var n: Int?
        if can(j, .direction) {
            direction = tables.temporalWords.pastWords.contains(lower[j]) ? .past : .future
            j += 1
            if let (c, e) = count(at: j) { n = c; j = e }
            // "the next few days", "the past several weeks": three, as Recognizers-Text counts them.
            else if let w = word(j), let v = tables.temporalWords.vagueAmounts[w], word(j + 1)?.hasSuffix("s") == true { n = Int(v); j += 1 }
        } else if let (c, e) = count(at: j), can(e, .direction), let w = word(e) {
            // "5 upcoming years", "10 previous weeks".
            n = c
            direction = tables.temporalWords.pastWords.contains(w) ? .past : .future
            j = e + 1
        } else if within, let (c, e) = count(at: j) {
            n = c
            direction = .future
            j = e
        }
        else if lower[j] == "this" || lower[j] == "current", let w = word(j + 1), w == "quarter" || w == "decade" {
            direction = .this
            j += 1
        }
        if let direction, direction != .this, let n, let w = word(j), tables.temporalWords.businessDayWords.contains(w), let days = word(j + 1),
           days == "days" || (days == "day" && n == 1) {
            return businessDays(i, j + 2, n, forward: direction == .future, within: within)
        }
        guard let direction, let unitWord = word(j), let unit = tables.temporalWords.periodUnits[unitWord] else { return nil }
        let amount = n ?? 1
        // A count needs a plural ("next 3 days"); without one only whole quarters, decades and fortnights are ranges.
        if n == nil, !within, !["quarter", "decade", "fortnight"].contains(unitWord) { return nil }
        if let n, n > 1, !unitWord.hasSuffix("s") { return nil }
        let size = unit.days * amount, months = unit.months * amount
        let duration = unitWord.hasPrefix("fortnight") ? "P\(2 * amount)W"
            : unit.letter == "Y" ? "P\(months / 12)Y" : unit.letter == "W" ? "P\(size / 7)W" : unit.letter == "D" ? "P\(size)D" : "P\(months)M"
        guard let d = documentDate else {
            return span(i, j + 1, .date, timex: direction == .past ? "(XXXX-XX-XX,PRESENT_REF,\(duration))" : "(PRESENT_REF,XXXX-XX-XX,\(duration))")
        }
        var start: CivilDate, end: CivilDate
        if unitWord.hasPrefix("quarter") {
            let current = CivilDate(year: d.year, month: (d.month - 1) / 3 * 3 + 1, day: 1)
            (start, end) = direction == .past ? (current.adding(months: -months), current)
                : direction == .this ? (current, current.adding(months: 3)) : (current.adding(months: 3), current.adding(months: 3 + months))
        } else if unitWord.hasPrefix("decade") {
            let current = CivilDate(year: d.year / 10 * 10, month: 1, day: 1)
            (start, end) = direction == .past ? (current.adding(months: -months), current)
                : direction == .this ? (current, current.adding(months: 120)) : (current.adding(months: 120), current.adding(months: 120 + months))
        } else if direction == .past {
            end = d
            start = months > 0 ? d.adding(months: -months) : d.adding(days: -size)
        } else {
            start = within ? d : d.adding(days: 1)
            end = months > 0 ? start.adding(months: months) : start.adding(days: size)
        }
        let timex = "(\(start.iso),\(end.iso),\(duration))"
        return span(i, j + 1, .date, timex: timex, value: "\(start.iso)/\(end.iso)")
    }

    /// "this quarter", "Q3 2019", "2017 q1", "2019-Q1", "2019 H2", "the first quarter of the year".
    func quarter(at i: Int) -> (NumberExpression, Int)? {
        func q(_ w: String) -> (Int, Int)? { // (first month, months)
            let b = Array(w.utf8)
            guard b.count == 2, b[1] >= 49, b[1] <= 52 else { return nil }
            if b[0] == UInt8(ascii: "q") { return (Int(b[1] - 48) * 3 - 2, 3) }
            if b[0] == UInt8(ascii: "h"), b[1] <= 50 { return (Int(b[1] - 48) * 6 - 5, 6) }
            return nil
        }
        func make(_ from: Int, _ to: Int, year: Int?, _ p: (Int, Int)) -> (NumberExpression, Int) {
            let y = year.map { CivilDate.pad($0, 4) } ?? "XXXX"
            let s = CivilDate(year: year ?? 2000, month: p.0, day: 1), e = s.adding(months: p.1)
            let show = { (c: CivilDate) in y == "XXXX" ? "XXXX" + c.iso.dropFirst(4) : (c.year == year ? y + c.iso.dropFirst(4) : c.iso) }
            let timex = "(\(show(s)),\(show(e)),P\(p.1)M)"
            return span(from, to, .date, timex: timex, value: year == nil ? nil : "\(s.iso)/\(e.iso)")
        }
        // Every form starts with digits: "q1", "2017 q1", "2019-Q1".
        guard tokens[i].hasDigit else { return nil }
        let w = lower[i]
        // "2019-q1" as one token.
        let parts = w.split(separator: "-")
        if parts.count == 2, parts[0].utf8.count == 4, let y = Int(parts[0]), let p = q(String(parts[1])) { return make(i, i + 1, year: y, p) }
        if let y = yearToken(at: i), let next = word(i + 1), let p = q(next) { return make(i, i + 2, year: y, p) }
        if let p = q(w), tokens[i].isCapitalized || tokens[i].kind == .word {
            if let y = yearToken(at: i + 1) { return make(i, i + 2, year: y, p) }
            // A bare "q1" needs a capital or a plain word around: "Q1 results", "q1 and q2".
            return make(i, i + 1, year: nil, p)
        }
        return nil
    }

    /// "this summer" 2016-SU, "last winter", "summer 2019" 2019-SU, "summer" SU.
    func season(at i: Int) -> (NumberExpression, Int)? {
        guard can(i, .strong) || can(i + 1, .evidence) else { return nil }
        let w = lower[i]
        if let s = tables.temporalWords.seasons[w] {
            // "summer 2019", "the winter of 1998", "fall 2018": the season of a year.
            let y = word(i + 1) == "of" ? i + 2 : i + 1
            // "prices fall 2018 points": the verbs among them need "of" or no noun after the year.
            let verb = (w == "fall" || w == "spring") && y == i + 1 && endsInNoun(y + 1)
            if y < tokens.count, !verb, let year = yearToken(at: y) {
                let timex = "\(year)-\(s)"
                return span(i, y + 1, .date, timex: timex, value: timex)
            }
            if w == "fall" || w == "spring" { return nil } // verbs and nouns far more often
            return span(i, i + 1, .date, timex: s)
        }
        guard w == "this" || tables.temporalWords.pastWords.contains(w) || tables.temporalWords.futureWords.contains(w), let next = word(i + 1), let s = tables.temporalWords.seasons[next] else { return nil }
        guard let d = documentDate else { return span(i, i + 2, .date, timex: "XXXX-" + s) }
        let step = w == "this" ? 0 : tables.temporalWords.pastWords.contains(w) ? -1 : 1
        let timex = "\(d.year + step)-\(s)"
        return span(i, i + 2, .date, timex: timex, value: timex)
    }

    /// "the 1990s", "1990 s": a decade as a range ("the 1800s" a century).
    func decade(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        // "the 90s", "the '80s", "the nineties": a decade of no named century.
        var tens: Int?
        if tokens[i].kind == .word, w.utf8.count == 3, w.hasSuffix("s"), let t = Int(w.dropLast()), t % 10 == 0, t >= 20 { tens = t }
        else if let t = tables.temporalWords.decadeWords[w] { tens = t }
        if let tens, !isAgeGroup(before: i) {
            let start = i > 0 && (lower[i - 1] == "'" || lower[i - 1] == "’") && !tokens[i].spaceBefore ? i - 1 : i
            let next = (tens + 10) % 100
            return span(start, i + 1, .date, timex: "(XX\(CivilDate.pad(tens, 2))-01-01,XX\(CivilDate.pad(next, 2))-01-01,P10Y)")
        }
        // "1990s" as one token, or "1990 s".
        var digits: Substring?
        var end = i + 1
        if tokens[i].kind == .word, w.hasSuffix("s"), w.utf8.count == 5 { digits = w.dropLast() }
        else if tokens[i].kind == .number, w.utf8.count == 4, word(i + 1) == "s" { digits = w[...]; end = i + 2 }
        else if tokens[i].kind == .number, w.utf8.count == 4, i + 2 < tokens.count, word(i + 1) == "'" || word(i + 1) == "’", word(i + 2) == "s",
                !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore { digits = w[...]; end = i + 3 }
        if let digits, digits.allSatisfy(\.isNumber), let y = Int(digits), y % 10 == 0, (1000...2990).contains(y) {
            // "the 1800s" are a century.
            return yearsSpan(i, end, from: y, years: y % 100 == 0 ? 100 : 10)
        }
        return nil
    }

    /// `years` years from the start of `from` as a range: `(1990-01-01,2000-01-01,P10Y)`.
    func yearsSpan(_ i: Int, _ end: Int, from year: Int, years: Int, mod: String? = nil) -> (NumberExpression, Int) {
        let a = CivilDate(year: year, month: 1, day: 1), b = CivilDate(year: year + years, month: 1, day: 1)
        return span(i, end, .date, timex: "(\(a.iso),\(b.iso),P\(years)Y)", value: "\(a.iso)/\(b.iso)", mod: mod)
    }

    /// "in her late nineties", "in their 30s, 40s and 50s", "the over thirties": ages, not decades.
    private func isAgeGroup(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tables.temporalWords.ageGroupLinks.contains(lower[k]) || tables.temporalWords.decadeWords[lower[k]] != nil
                || (lower[k].utf8.count == 3 && lower[k].hasSuffix("s") && tokens[k].hasDigit) { k -= 1 }
        return k >= 0 && tables.temporalWords.ageGroupOpeners.contains(lower[k])
    }

    /// "mid-1989", "mid-November", "late-2019", "early-1990s", "mid-70s": a part
    /// of a period glued to it, as `mod` MID, START or END.
    func hyphenedPeriod(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        let mod: String
        let rest: Substring
        if w.hasPrefix("mid-") { mod = "MID"; rest = w.dropFirst(4) }
        else if w.hasPrefix("early-") { mod = "START"; rest = w.dropFirst(6) }
        else if w.hasPrefix("late-") { mod = "END"; rest = w.dropFirst(5) }
        else { return nil }
        if rest.utf8.count == 4, let y = Int(rest), (1000...2999).contains(y) {
            return span(i, i + 1, .date, timex: String(y), value: String(y), mod: mod)
        }
        if let m = Self.months[String(rest)], rest.utf8.count > 3 {
            // "mid-June 2004".
            if let y = yearToken(at: i + 1) {
                let month = "\(CivilDate.pad(y, 4))-\(CivilDate.pad(m, 2))"
                return span(i, i + 2, .date, timex: month, value: month, mod: mod)
            }
            return monthSpan(i, i + 1, month: m, mod: mod)
        }
        if rest.utf8.count == 5, rest.hasSuffix("s"), let y = Int(rest.dropLast()), y % 10 == 0, (1000...2990).contains(y) {
            return yearsSpan(i, i + 1, from: y, years: 10, mod: mod)
        }
        // "the mid-70s", "the late-nineties": a decade of no named century, as "the mid '70s" is; "in her mid-70s" is an age.
        var tens: Int?
        if rest.utf8.count == 3, rest.hasSuffix("s"), let t = Int(rest.dropLast()), t % 10 == 0, t >= 20 { tens = t }
        else if let t = tables.temporalWords.decadeWords[String(rest)] { tens = t }
        if let tens, !isAgeGroup(before: i) {
            let next = (tens + 10) % 100
            return span(i, i + 1, .date, timex: "(XX\(CivilDate.pad(tens, 2))-01-01,XX\(CivilDate.pad(next, 2))-01-01,P10Y)", mod: mod)
        }
        return nil
    }

    /// "the 15th century", "the twenty-first century", "21st-century": a hundred years, as a range.
    func century(at i: Int, value: NumberRecognizer.Value?) -> (NumberExpression, Int)? {
        let c: Int, end: Int
        if let n = value, n.ordinal, n.end < tokens.count, lower[n.end] == "century", n.value == n.value.rounded() {
            c = Int(n.value)
            end = n.end + 1
        } else if lower[i].hasSuffix("-century"), let n = Int(lower[i].prefix { $0.isASCII && $0.isNumber }),
                  ["st", "nd", "rd", "th"].contains(lower[i].dropLast(8).drop { $0.isASCII && $0.isNumber }) {
            c = n
            end = i + 1
        } else {
            return nil
        }
        // "20th Century Fox": a capital after it continues a name.
        guard (1...30).contains(c), end >= tokens.count || !(tokens[end].isCapitalized && tokens[end - 1].isCapitalized) else { return nil }
        return yearsSpan(i, end, from: (c - 1) * 100, years: 100)
    }

    /// "fiscal year 2008" (FY2008), "FY2008", "this school year" (SY2019),
    /// "the fiscal year" (FYXXXX), "this calendar year" (2019). Fiscal and
    /// school years start on different days in different places, so they get
    /// a timex and no `value`.
    func namedYear(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        var offset: Int? = nil
        switch lower[j] {
        case "this", "current": offset = 0; j += 1
        case "last", "previous": offset = -1; j += 1
        case "next", "coming": offset = 1; j += 1
        default: break
        }
        guard let w = word(j) else { return nil }
        // "FY2008", "fy18": the prefix glued to the year.
        if offset == nil, w.hasPrefix("fy") || w.hasPrefix("sy"), tokens[j].hasDigit, let y = Int(w.dropFirst(2)), w.utf8.count == 4 || w.utf8.count == 6 {
            return span(j, j + 1, .date, timex: w.prefix(2).uppercased() + String(y < 100 ? 2000 + y : y))
        }
        let prefix: String
        switch w {
        case "fiscal", "financial": prefix = "FY"
        case "school", "academic": prefix = "SY"
        case "calendar": prefix = ""
        case "fy": prefix = "FY"
        default: return nil
        }
        var end = j + 1
        if w != "fy" {
            guard word(end) == "year" else { return nil }
            end += 1
        }
        if let y = yearToken(at: end) { return span(offset == nil ? j : i, end + 1, .date, timex: prefix + String(y)) }
        // "the 2004 financial year".
        if offset == nil, !prefix.isEmpty, let y = yearToken(at: j - 1) { return span(j - 1, end, .date, timex: prefix + String(y)) }
        guard let offset else {
            // "in fiscal year" with no year named; "calendar year" alone says nothing.
            return prefix.isEmpty || w == "fy" ? nil : span(j, end, .date, timex: prefix + "XXXX")
        }
        guard let doc = documentDate else { return span(i, end, .date, timex: prefix + "XXXX") }
        let y = String(doc.year + offset)
        return span(i, end, .date, timex: prefix + y, value: prefix.isEmpty ? y : nil)
    }
}
