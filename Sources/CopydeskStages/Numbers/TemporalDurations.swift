import Copydesk

/// Durations and sets: "three weeks" (P3W), "2.5 hours" (PT2.5H), "3h",
/// "all day", "a few minutes", "in weeks" (PXW), "two days ago", "in 2
/// weeks" (a date when the clause looks ahead), "3 weeks later"; "every
/// Monday", "each two days", "quarterly", "once a week", "Thursdays".
extension TemporalRecognizer {
    func duration(at i: Int, value: NumberRecognizer.Value?) -> (NumberExpression, Int)? {
        guard let found = anyDuration(at: i, value: value) else { return nil }
        // "6 weeks of age", "500 years old": an age, left to the number rules.
        if found.0.kind == .duration, word(found.1) == "old" || (word(found.1) == "of" && word(found.1 + 1) == "age") { return nil }
        // "the single One Night", "Three Days Grace": a capitalised amount and unit inside a sentence are a title.
        if found.0.kind == .duration, found.1 - i >= 2, !tokens[i].hasDigit, capitalisedInsideSentence(i), tokens[found.1 - 1].isCapitalized { return nil }
        // "Mr Blair will one day stand down", "One day you will": some day, not a day's length.
        if found.0.kind == .duration, lower[i] == "one", found.1 == i + 2, lower[i + 1] == "day",
           tables.temporalWords.modals.contains(word(i - 1) ?? "") || tables.temporalWords.subjects.contains(word(i + 2) ?? "") { return nil }
        return found
    }

    private func anyDuration(at i: Int, value: NumberRecognizer.Value?) -> (NumberExpression, Int)? {
        let w = lower[i]
        // "in weeks", "for months": an unspecified amount.
        if (w == "in" || w == "for"), let next = word(i + 1), let (letter, isTime, _) = tables.temporalWords.durationUnits[next], next.hasSuffix("s"),
           word(i + 2).map({ $0 != "'" && $0 != "of" }) ?? true {
            return span(i + 1, i + 2, .duration, timex: "P\(isTime ? "T" : "")X\(letter)")
        }
        // "in 5 minutes", "within 2 hours": a clock time (or range) from the writing, its day's midnight.
        if w == "in" || w == "within", let found = clockFromNow(at: i) { return found }
        // "in 2 weeks" ahead of the writing is a date: the day two weeks on.
        if w == "in", let d = documentDate, let (n, e) = amount(at: i + 1, value: nil), let unit = word(e), let (letter, isTime, factor) = tables.temporalWords.durationUnits[unit],
           !isTime, word(e + 1) != "old",
           tenseDirection(before: i) == .future || tables.temporalWords.presentCopulas.contains(word(i - 1) ?? "")
            || word(e + 1) == "time" || word(e + 1) == "'s" || word(e + 1) == "’s" {
            guard let date = Self.shift(d, n * Double(factor), letter) else { return nil }
            return span(i, e + 1, .date, timex: date.iso, value: date.iso)
        }
        // "nine-month", "24-hour": a compound adjective, but not "six-year-old".
        if tokens[i].kind == .word, w.utf8.contains(UInt8(ascii: "-")), !w.hasSuffix("-old") {
            let parts = w.split(separator: "-").map(String.init)
            // "twenty-second" with no noun after it is the ordinal; "a twenty-second clip" a duration.
            let ordinal = parts.count == 2 && parts[1] == "second" && tables.numberWords[parts[0]]?.type == .ten && !endsInNoun(i + 1)
            if parts.count == 2, !ordinal, let (letter, isTime, factor) = tables.temporalWords.durationUnits[parts[1]] {
                let amount = Double(parts[0]) ?? tables.numberWords[parts[0]].flatMap { $0.type == .unit || $0.type == .ten ? $0.value : nil }
                if let amount { return span(i, i + 1, .duration, timex: Self.period(amount * Double(factor), letter, isTime)) }
            }
        }
        // "7:39.89", "2:08:31.5": a race time; a clock has no fraction of a second.
        if tokens[i].kind == .number, let found = raceTime(at: i) { return found }
        // "3h", "3.5years", "2W".
        if tokens[i].kind == .word, tokens[i].hasDigit, let found = gluedDuration(at: i) { return found }
        // "all day", "all month".
        if w == "all", let next = word(i + 1), let (letter, isTime, factor) = tables.temporalWords.durationUnits[next], !next.hasSuffix("s"), !isTime {
            return span(i, i + 2, .duration, timex: Self.period(Double(factor), letter, isTime))
        }
        guard let (amount, j) = amount(at: i, value: value), can(j, .unit) else { return nil }
        var unit = lower[j]
        if unit == "night" || unit == "nights" { unit = "days" } // "1 night" in a hotel is a day
        guard let (letter, isTime, factor) = tables.temporalWords.durationUnits[unit] else { return nil }
        // "30 years old" is an age; "2021 weekend" a year; "a second wave" no time at all.
        if word(j + 1) == "old" { return nil }
        if amount >= 1000, tokens[i].kind == .number, lower[i].utf8.count == 4 { return nil }
        if unit == "second", w == "a" || w == "one", endsInNoun(j + 1) { return nil }
        let total = amount * Double(factor)
        // "two days ago", "3 weeks later", "a year earlier", "3 days from today": a day counted from the writing.
        if let after = word(j + 1), after == "ago" || after == "later" || after == "earlier"
            || (after == "from" && ["now", "today"].contains(word(j + 2) ?? "")) {
            let sign = after == "ago" || after == "earlier" ? -1.0 : 1.0
            let end = after == "from" ? j + 3 : j + 2
            // "3 minutes from now", "2 hours later": a clock time from the writing.
            if isTime, let d = documentDate, after != "from" || word(j + 2) == "now" {
                let stamp = Self.clockStamp(d, seconds: sign * total * Self.unitSeconds(letter))
                return span(i, end, .datetime, timex: stamp, value: stamp)
            }
            let resolved = isTime ? nil : documentDate.flatMap { Self.shift($0, sign * total, letter) }
            if isTime, after != "ago" { return nil }
            return dateSpan(i, end, resolved: resolved?.iso, unresolved: sign < 0 ? "PAST_REF" : "FUTURE_REF")
        }
        return span(i, j + 1, .duration, timex: Self.period(total, letter, isTime))
    }

    /// The amount before a unit: a number, "a"/"an", "a few", "some", "several".
    func amount(at i: Int, value: NumberRecognizer.Value?) -> (Double, Int)? {
        guard let w = word(i) else { return nil }
        // "half an hour", "a half hour", "half a day".
        if w == "half", let a = word(i + 1), a == "a" || a == "an", let u = word(i + 2), tables.temporalWords.durationUnits[u] != nil, !u.hasSuffix("s") { return (0.5, i + 2) }
        if w == "a" || w == "an", word(i + 1) == "half", let u = word(i + 2), tables.temporalWords.durationUnits[u] != nil, !u.hasSuffix("s") { return (0.5, i + 2) }
        if w == "a" || w == "an" {
            if word(i + 1) == "few", let u = word(i + 2), u.hasSuffix("s"), tables.temporalWords.durationUnits[u] != nil { return (3, i + 2) }
            // "a couple of hours": two, as Recognizers-Text counts it.
            if word(i + 1) == "couple", word(i + 2) == "of", let u = word(i + 3), u.hasSuffix("s"), tables.temporalWords.durationUnits[u] != nil { return (2, i + 3) }
            if let u = word(i + 1), tables.temporalWords.durationUnits[u] != nil, !u.hasSuffix("s") { return (1, i + 1) }
            return nil
        }
        if tokens[i].kind == .word, !tokens[i].hasDigit, let v = tables.temporalWords.vagueAmounts[w], can(i + 1, .unit), let u = word(i + 1), u.hasSuffix("s") { return (v, i + 1) }
        if let value, !value.ordinal { return (value.value, value.end) }
        if let (n, e) = count(at: i) { return (Double(n), e) }
        return nil
    }

    private func gluedDuration(at i: Int) -> (NumberExpression, Int)? {
        let t = text.string(tokens[i])
        let b = Array(t.utf8)
        var k = 0
        while k < b.count, (b[k] >= 48 && b[k] <= 57) || b[k] == 46 { k += 1 }
        guard k > 0, k < b.count, let amount = Double(String(decoding: b[..<k], as: UTF8.self)) else { return nil }
        let suffix = String(decoding: b[k...], as: UTF8.self)
        // One capital letter for weeks and years ("2W", "3Y"); "3D" is three dimensions.
        let unitWord: String?
        if suffix == "W" || suffix == "Y" { unitWord = tables.temporalWords.gluedUnits[suffix.lowercased()] }
        else if suffix.count > 1 || suffix == "h" { unitWord = tables.temporalWords.gluedUnits[suffix.lowercased()] }
        else { unitWord = nil }
        guard let unitWord, let (letter, isTime, factor) = tables.temporalWords.durationUnits[unitWord] else { return nil }
        return span(i, i + 1, .duration, timex: Self.period(amount * Double(factor), letter, isTime))
    }

    /// A day moved by an amount of days, weeks, months or years; nil for
    /// fractions, and for a day outside the years 1 to 9999: past them there
    /// is no ISO day to name, and an amount as large as the text may write
    /// ("99999999999999999999 weeks ago") would overflow `Int` (found by fuzzing).
    static func shift(_ d: CivilDate, _ amount: Double, _ letter: String) -> CivilDate? {
        guard amount == amount.rounded(), abs(amount) <= 4_000_000 else { return nil }
        let n = Int(amount)
        let moved: CivilDate
        switch letter {
        case "D": moved = d.adding(days: n)
        case "W": moved = d.adding(days: 7 * n)
        case "M", "Y":
            let months = letter == "M" ? n : 12 * n
            guard (12..<120_000).contains(d.year * 12 + d.month - 1 + months) else { return nil }
            moved = d.adding(months: months)
        default: return nil
        }
        return (1...9999).contains(moved.year) ? moved : nil
    }

    /// An integral amount past `Int` ("99999999999999999999h") is written as
    /// the `Double` it is rather than trapping in `Int(_:)` (found by fuzzing).
    static func period(_ amount: Double, _ letter: String, _ isTime: Bool) -> String {
        let n = amount == amount.rounded() ? Int(exactly: amount).map(String.init) ?? String(amount) : String(amount)
        return "P\(isTime ? "T" : "")\(n)\(letter)"
    }

    // MARK: - Sets

    func set(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        if can(i, .strong), let p = tables.temporalWords.frequencies[w] ?? tables.temporalWords.frequencyWords[w] {
            // "the Daily Mail", "the Weekly Standard": a capitalised frequency inside a sentence names a paper.
            if capitalisedInsideSentence(i) { return nil }
            return span(i, i + 1, .set, timex: p)
        }
        if w == "weekends", i == 0 || !(tokens[i - 1].kind == .number) { return span(i, i + 1, .set, timex: "P1WE") }
        // "Thursdays": a weekday said in the plural.
        if can(i, .strong), w.hasSuffix("s"), w.utf8.count > 6, let d = Self.weekdays[String(w.dropLast())] {
            return span(i, i + 1, .set, timex: "XXXX-WXX-\(d)")
        }
        // "once a week", "once per month".
        if w == "once" || w == "one", let a = word(i + 1), a == "a" || a == "per", let u = word(i + 2),
           let (letter, isTime, factor) = tables.temporalWords.durationUnits[u], !u.hasSuffix("s") {
            return span(i, i + 3, .set, timex: Self.period(Double(factor), letter, isTime))
        }
        guard w == "every" || w == "each", let next = word(i + 1) else { return nil }
        if let d = Self.weekdays[next] {
            // "every Monday morning": that part of each of those days.
            if let p = word(i + 2).flatMap({ tables.temporalWords.partsOfDay[$0] }) { return span(i, i + 3, .set, timex: "XXXX-WXX-\(d)" + p) }
            return span(i, i + 2, .set, timex: "XXXX-WXX-\(d)")
        }
        switch next {
        case "weekday": return span(i, i + 2, .set, timex: "P1WD")
        case "weekend": return span(i, i + 2, .set, timex: "P1WE")
        case "quarter": return span(i, i + 2, .set, timex: "P3M")
        case "morning": return span(i, i + 2, .set, timex: "TMO")
        case "afternoon": return span(i, i + 2, .set, timex: "TAF")
        case "evening": return span(i, i + 2, .set, timex: "TEV")
        case "night": return span(i, i + 2, .set, timex: "TNI")
        // "every other week", "every alternate day", "every second year": each second one (P2W), as
        // Recognizers-Text's EachUnitRegex reads them; "alternate" and "second" only before a day, week, month or year.
        // "every other Monday" keeps the weekday's timex (Recognizers-Text drops the "other" there).
        case "other", "alternate", "second":
            if let u = word(i + 2), let (letter, isTime, factor) = tables.temporalWords.durationUnits[u], !u.hasSuffix("s"),
               next == "other" || tables.temporalWords.everySecondUnits.contains(u) {
                return span(i, i + 3, .set, timex: Self.period(Double(2 * factor), letter, isTime))
            }
            if next != "second", can(i + 2, .weekday), let d = Self.weekdays[lower[i + 2]], lower[i + 2].utf8.count >= 6 {
                return span(i, i + 3, .set, timex: "XXXX-WXX-\(d)")
            }
        default: break
        }
        if let (letter, isTime, factor) = tables.temporalWords.durationUnits[next], !next.hasSuffix("s") {
            return span(i, i + 2, .set, timex: Self.period(Double(factor), letter, isTime))
        }
        // "each two days", "every 3 weeks".
        if let (n, e) = count(at: i + 1), let u = word(e), u.hasSuffix("s"), let (letter, isTime, factor) = tables.temporalWords.durationUnits[u] {
            return span(i, e + 1, .set, timex: Self.period(Double(n * factor), letter, isTime))
        }
        return nil
    }
}
