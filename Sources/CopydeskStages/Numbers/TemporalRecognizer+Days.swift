import Copydesk

/// Parts of the day, relative days and periods, holidays, and how a day named without its date is resolved.
extension TemporalRecognizer {
    // MARK: - Parts of the day

    /// "in the morning" (TMO), "early morning", "later in the evening", "at lunchtime" (TMEL),
    /// "this evening" (a datetime on the document's day), "tomorrow morning", "early this evening".
    func partOfDay(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        let w = lower[i]
        var mod: String?
        if ["early", "earlier", "late", "later"].contains(w) {
            mod = w.hasPrefix("early") ? "START" : "END"
            j += 1
        }
        guard let first = word(j) else { return nil }
        if (first == "in" || first == "at"), let (p, e) = dayPart(at: word(j + 1) == "the" ? j + 2 : j + 1) {
            return span(i, e, .time, timex: p, mod: mod)
        }
        if first == "at", word(j + 1) == "night" { return span(i, j + 2, .time, timex: "TNI") }
        if can(j + 1, .evidence), let offset = tables.temporalWords.partOfDayDays[first], let (p, e) = dayPart(at: j + 1) {
            guard let d = documentDate else { return span(i, e, .datetime, timex: "XXXX-XX-XX" + p, mod: mod) }
            let day = d.adding(days: offset).iso
            return span(i, e, .datetime, timex: day + p, value: day, mod: mod)
        }
        if mod != nil, let (p, e) = dayPart(at: j) { return span(i, e, .time, timex: p, mod: mod) }
        // Meals name parts of the day too: "at lunchtime", "after dinnertime".
        if first.hasSuffix("time"), let p = tables.temporalWords.meals[first] { return span(i, j + 1, .time, timex: p) }
        if (first == "at" || first == "before" || first == "after"), can(j + 1, .evidence), let p = word(j + 1).flatMap({ tables.temporalWords.meals[$0] }) {
            return span(i, j + 2, .time, timex: p)
        }
        return nil
    }

    /// A part of the day at token `j` ("morning", "mornings", "night-time") and the token after it.
    func dayPart(at j: Int) -> (String, Int)? {
        guard var w = word(j) else { return nil }
        if w == "night-time" || w == "nighttime" { return ("TNT", j + 1) }
        if w.hasSuffix("s"), tables.temporalWords.partsOfDay[String(w.dropLast())] != nil { w.removeLast() }
        return tables.temporalWords.partsOfDay[w].map { ($0, j + 1) }
    }

    // MARK: - Relative days and periods

    func relativeDay(at i: Int) -> (NumberExpression, Int)? {
        let offsets = tables.temporalWords.dayOffsets
        if lower[i] == "last", word(i + 1) == "night" {
            let resolved = documentDate.map { $0.adding(days: -1).iso + "TNI" }
            return span(i, i + 2, .datetime, timex: resolved ?? "XXXX-XX-XXTNI", value: resolved.map { String($0.prefix(10)) })
        }
        // "the day after tomorrow", "the day before yesterday": a day on from a day said from the writing.
        if lower[i] == "the", word(i + 1) == "day", let way = word(i + 2), way == "after" || way == "before", let w = word(i + 3),
           let base = offsets[w], w != "tonight", w != "tonite" {
            let resolved = documentDate.map { $0.adding(days: base + (way == "after" ? 1 : -1)).iso }
            return dateSpan(i, i + 4, resolved: resolved, unresolved: "XXXX-XX-XX")
        }
        guard can(i, .strong), let offset = offsets[lower[i]] else { return nil }
        if lower[i] == "today", capitalisedInsideSentence(i) { return nil } // "USA Today", "the Today programme"
        let resolved = documentDate.map { $0.adding(days: offset).iso }
        let unresolved = offset == 0 ? "PRESENT_REF" : "XXXX-XX-XX"
        var (a, end) = dateSpan(i, i + 1, resolved: resolved, unresolved: unresolved)
        if lower[i] == "tonight" || lower[i] == "tonite" { a.timex = (resolved ?? "XXXX-XX-XX") + "TNI"; a.kind = .datetime }
        return (a, end)
    }

    /// "the week after next", "the month after next", "the year after next": two on from this one.
    func afterNext(at i: Int) -> (NumberExpression, Int)? {
        guard lower[i] == "the", let unit = word(i + 1), word(i + 2) == "after", word(i + 3) == "next", let d = documentDate else { return nil }
        let timex: String
        switch unit {
        case "week":
            let (y, wk) = d.adding(days: 14).isoWeek
            timex = "\(y)-W\(CivilDate.pad(wk, 2))"
        case "month":
            let m = d.adding(months: 2)
            timex = "\(CivilDate.pad(m.year, 4))-\(CivilDate.pad(m.month, 2))"
        case "year": timex = CivilDate.pad(d.year + 2, 4)
        default: return nil
        }
        return span(i, i + 4, .date, timex: timex, value: timex)
    }

    func relativePeriod(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        var mod: String? = nil
        if lower[j] == "earlier" || lower[j] == "later" || lower[j] == "early" || lower[j] == "late" || lower[j] == "mid" {
            guard let n = word(j + 1), n == "this" || n == "last" || n == "next" else { return nil }
            mod = lower[j] == "earlier" || lower[j] == "early" ? "START" : lower[j] == "mid" ? "MID" : "END"
            j += 1
        }
        guard let relative = tables.temporalWords.relativeSteps[lower[j]] else { return nil }
        let direction: Direction = relative < 0 ? .past : relative > 0 ? .future : .this
        // "this past Wednesday", "this upcoming Friday": the nearest one that way.
        if direction == .this, let w = word(j + 1), w == "past" || w == "upcoming" || w == "coming", let n = word(j + 2), let wd = Self.weekdays[n], n.utf8.count > 3 {
            let resolved = documentDate.map { resolveWeekday(wd, from: $0, w == "past" ? .past : .future, strict: true).iso }
            return dateSpan(i, j + 3, resolved: resolved, unresolved: "XXXX-WXX-\(wd)")
        }
        guard var unit = word(j + 1) else { return nil }
        if unit == "workweek" || unit == "work-week" { unit = "week" }
        let step = direction == .past ? -1 : direction == .future ? 1 : 0
        let end = j + 2
        switch unit {
        case "week", "weekend":
            guard let d = documentDate else { return dateSpan(i, end, resolved: nil, unresolved: "XXXX-WXX", mod: mod) }
            let (y, wk) = d.adding(days: 7 * step).isoWeek
            let timex = "\(y)-W\(CivilDate.pad(wk, 2))" + (unit == "weekend" ? "-WE" : "")
            return span(i, end, .date, timex: timex, value: timex, mod: mod)
        case "month":
            guard let d = documentDate else { return dateSpan(i, end, resolved: nil, unresolved: "XXXX-XX", mod: mod) }
            let m = d.adding(months: step)
            let timex = "\(CivilDate.pad(m.year, 4))-\(CivilDate.pad(m.month, 2))"
            return span(i, end, .date, timex: timex, value: timex, mod: mod)
        case "year":
            guard let d = documentDate else { return dateSpan(i, end, resolved: nil, unresolved: "XXXX", mod: mod) }
            let timex = String(d.year + step)
            return span(i, end, .date, timex: timex, value: timex, mod: mod)
        case "day":
            // "the next day", "the previous day": tomorrow and yesterday, not "the next day of the trial".
            guard mod == nil, let days = tables.temporalWords.daySteps[lower[j]], word(end) != "of" else { return nil }
            return dateSpan(i, end, resolved: documentDate.map { $0.adding(days: days).iso }, unresolved: "XXXX-XX-XX")
        default:
            break
        }
        if let wd = Self.weekdays[unit], unit.utf8.count > 3 {
            let resolved = documentDate.map { Self.weekday(wd, weeks: step, from: $0).iso }
            return dateSpan(i, end, resolved: resolved, unresolved: "XXXX-WXX-\(wd)")
        }
        if let m = Self.months[unit], unit.utf8.count > 3 {
            let resolved = documentDate.map { resolveMonth(m, from: $0, direction, strict: direction != .this) }
            return dateSpan(i, end, resolved: resolved, unresolved: "XXXX-\(CivilDate.pad(m, 2))", mod: mod)
        }
        if let (holiday, after) = holiday(at: j + 1, named: true) { return holidaySpan(i, after, holiday, direction, openYear: false) }
        return nil
    }

    /// The holiday named at `j`; `named` when a word before it says a day is
    /// meant ("next easter"), so that one lower-case word is enough.
    func holiday(at j: Int, named: Bool = false) -> (HolidayRule, Int)? {
        guard j < tokens.count, tables.holidayFirstWords.contains(lower[j]) else { return nil }
        // Lower case only for names of two words or more: "christmas eve", not "epiphany".
        let lowest = tokens[j].firstIsUpper || named ? 1 : 2
        // Up to four words, with the possessives and stops the tokenizer cuts off ("st . patrick 's day").
        var n = min(7, tokens.count - j)
        while n >= lowest {
            // Possessives are split by the tokenizer: "new year 's day" → "new year's day", "presidents ' day" → "presidents' day",
            // and so is the stop of an abbreviation: "st . patrick's day".
            var key: [String] = []
            for k in j..<(j + n) {
                let w = lower[k], glued = !tokens[k].spaceBefore && !key.isEmpty
                if w == "'s" || w == "’s", let last = key.popLast() { key.append(last + "'s") }
                else if glued, w == "'" || w == "’" || w == ".", let last = key.popLast() { key.append(last + (w == "." ? "." : "'")) }
                else { key.append(w) }
            }
            guard key.count <= 4 else { n -= 1; continue }
            if let h = tables.holidays[key] { return (h, j + n) }
            n -= 1
        }
        return nil
    }

    // MARK: - Resolution

    /// Future when the clause speaks of what will happen ("will meet on Friday",
    /// "is expected to report in two weeks", "is set to announce on Monday"),
    /// not when it did ("was expected", "was set to").
    func tenseDirection(before i: Int) -> Direction {
        var k = i - 1
        var seen = 0
        while k >= 0, seen < 8 {
            let w = lower[k]
            if w == "." || w == "!" || w == "?" || tokens[k + 1].newlinesBefore > 0 { break }
            if w.hasSuffix("'ll") || w.hasSuffix("’ll") { return .future }
            if tables.temporalWords.tenseFutureMarkers.contains(w) {
                let before = k > 0 ? lower[k - 1] : ""
                if !tables.temporalWords.tenseNeutralLeads.contains(before) {
                    return tables.temporalWords.tensePastAuxiliaries.contains(before) ? .past : .future
                }
            }
            if tables.temporalWords.tenseBeToFutures.contains(w), k > 0, k + 1 < i, lower[k + 1] == "to" {
                let before = lower[k - 1]
                if tables.temporalWords.presentCopulas.contains(before) { return .future }
                if tables.temporalWords.tensePastAuxiliaries.contains(before) { return .past }
            }
            k -= 1
            seen += 1
        }
        return .past
    }

    /// Weekday `wd` of the week `step` weeks from the one of `d`: "next Friday" is
    /// the Friday of next week, "last Monday" the Monday of last week.
    static func weekday(_ wd: Int, weeks step: Int, from d: CivilDate) -> CivilDate { d.adding(days: 7 * step + wd - d.weekday) }

    func resolveWeekday(_ target: Int, from d: CivilDate, _ direction: Direction, strict: Bool) -> CivilDate {
        let today = d.weekday
        switch direction {
        case .future:
            var delta = (target - today + 7) % 7
            if delta == 0 && strict { delta = 7 }
            return d.adding(days: delta)
        case .past:
            var delta = (today - target + 7) % 7
            if delta == 0 && strict { delta = 7 }
            return d.adding(days: -delta)
        case .nearest, .this:
            // "this Friday": the one in the same ISO week.
            return d.adding(days: target - today)
        }
    }

    func resolveMonth(_ month: Int, from d: CivilDate, _ direction: Direction, strict: Bool) -> String {
        var year = d.year
        switch direction {
        case .past: if month > d.month || (strict && month == d.month) { year -= 1 }
        case .future: if month < d.month || (strict && month == d.month) { year += 1 }
        case .this, .nearest: break
        }
        return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
    }

    func resolveDay(month: Int, day: Int, from d: CivilDate, _ direction: Direction) -> CivilDate {
        resolve({ y in CivilDate(year: y, month: month, day: min(day, DocumentDate.daysInMonth(year: y, month: month))) }, from: d, direction)
    }

    /// The yearly day (`dayIn` gives it for a year) nearest `d` in `direction`.
    func resolve(_ dayIn: (Int) -> CivilDate, from d: CivilDate, _ direction: Direction) -> CivilDate {
        let candidates = [d.year - 1, d.year, d.year + 1].map(dayIn)
        switch direction {
        case .past: return candidates.last { $0 <= d } ?? candidates[0]
        case .future: return candidates.first { $0 >= d } ?? candidates[2]
        case .this: return candidates[1]
        case .nearest: return candidates.min { abs($0.dayNumber - d.dayNumber) < abs($1.dayNumber - d.dayNumber) }!
        }
    }
}
