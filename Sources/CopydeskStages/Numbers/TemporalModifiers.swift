import Copydesk

/// Words around a temporal expression that belong to it: "the end of 2008"
/// (`mod` END, same timex), "since August" (SINCE), "2018 or later",
/// "around 1pm" (APPROX), "the year 2008", "Monday afternoon" (a datetime),
/// "end of tomorrow" (its last second).
extension NumberRecognizer {
    /// "the end of 2008", "the year 2008", "Monday afternoon", "end of tomorrow".
    func applyPeriodWords(_ items: consuming [NumberExpression]) -> [NumberExpression] {
        for n in items.indices where items[n].kind == .date || items[n].kind == .cardinal {
            guard let s = items[n].firstToken else { continue }
            let floor = n > 0 ? items[n - 1].end : 0
            let before = s > 0 ? lower[s - 1] : ""
            // "the year 2008": a plain number named a year; "in 2007 and 2009": one beside a year.
            if items[n].kind == .cardinal {
                if tables.temporalWords.yearLastWords.contains(before), let year = asYear(items[n]),
                   tables.temporalWords.yearPrefixes.contains(where: { precedes($0, s, floor: floor) }) {
                    items[n] = year
                } else if tables.temporalWords.periodLastWords.contains(before), let year = asYear(items[n]),
                          tables.temporalWords.periodPrefixes.contains(where: { precedes($0.0, s, floor: floor) }) {
                    // "from mid 1989", "in late 2019": a part of a year names the year.
                    items[n] = year
                } else if before == "and" || before == "or", n > 0, items[n - 1].kind == .date, items[n - 1].timex?.utf8.count == 4,
                          items[n - 1].end == tokens[s - 1].start - (tokens[s - 1].spaceBefore ? 1 : 0), let year = asYear(items[n]) {
                    items[n] = year
                } else {
                    continue
                }
            }
            var item = items[n]
            guard let timex = item.timex else { continue }
            if timex.utf8.count == 4, tables.temporalWords.yearLastWords.contains(before), let k = tables.temporalWords.yearPrefixes.first(where: { precedes($0, s, floor: floor) })?.count {
                extend(&item, toToken: s - k)
            }
            if let s = item.firstToken, s > 0, tables.temporalWords.periodLastWords.contains(lower[s - 1]),
               let (words, mod) = tables.temporalWords.periodPrefixes.first(where: { precedes($0.0, s, floor: floor) }) {
                extend(&item, toToken: s - words.count)
                item.mod = mod
                // The end of a day is its last second: "end of tomorrow" is 2016-11-08T23:59:59.
                if timex.utf8.count == 10, !timex.hasPrefix("X"), mod == "END", words.contains("end") {
                    item.kind = .datetime
                    item.timex = timex + "T23:59:59"
                    item.value = .string(timex + "T23:59:59")
                } else if !words.contains("of"), tables.temporalWords.dayOffsets[lower[s]] != nil {
                    // "later today", "mid tomorrow": a part of a day said from the writing is a datetime range of it.
                    item.kind = .datetime
                }
            }
            if !partBefore(&item, floor: floor) { dayPart(&item) }
            items[n] = item
        }
        return items
    }

    /// "since August", "as late as tomorrow", "2018 or later", "around 1pm".
    func applyRelations(_ items: consuming [NumberExpression]) -> [NumberExpression] {
        for n in items.indices {
            let kind = items[n].kind
            guard kind == .cardinal || kind == .duration || kind == .date || kind == .time || kind == .datetime,
                  let first = items[n].firstToken, let e = items[n].lastToken else { continue }
            let floor = n > 0 ? items[n - 1].end : 0, ceiling = n + 1 < items.count ? items[n + 1].start : Int.max
            // "after the year 2020": a relation before "the year".
            var s = first
            if s > 1, lower[s - 1] == "the", lower[s] == "year", tables.temporalWords.relationLastWords.contains(lower[s - 2]) { s -= 1 }
            // A range that opens with its own bound takes no relation before it: "swapped the shifts
            // around from Monday to Friday" approximates nothing.
            let opensRange = lower[s] == "from" || lower[s] == "between"
            let prefixed = s > 0 && !opensRange && tables.temporalWords.relationLastWords.contains(lower[s - 1])
            let suffixed = e + 1 < tokens.count && tables.temporalWords.relationFirstWords.contains(lower[e + 1])
            guard prefixed || suffixed else { continue }
            var item = items[n]
            // "2018 or later", "later than 2018": a plain number said as a year.
            if kind == .cardinal {
                guard let year = asYear(item), (prefixed && tables.temporalWords.relationPrefixes.contains(where: { precedes($0.0, s, floor: floor) }))
                        || (suffixed && tables.temporalWords.relationSuffixes.contains(where: { follows($0.0, e, ceiling: ceiling) })) else { continue }
                item = year
            }
            // "more than 4 days", "less than 1 week".
            if item.kind == .duration {
                guard prefixed, let (words, mod) = tables.temporalWords.durationPrefixes.first(where: { precedes($0.0, s, floor: floor) }) else { continue }
                extend(&item, toToken: s - words.count)
                item.mod = mod
            } else {
                if prefixed, let (words, mod) = tables.temporalWords.relationPrefixes.first(where: { precedes($0.0, s, floor: floor) }) {
                    extend(&item, toToken: s - words.count)
                    item.mod = mod
                    // "after around 3:30pm": a bound on an approximate time (AFTER-APPROX, Recognizers-Text's after-approx).
                    let t = s - words.count
                    if mod == "APPROX", t > 0, tables.temporalWords.relationLastWords.contains(lower[t - 1]),
                       let (outer, bound) = tables.temporalWords.relationPrefixes.first(where: { $0.1 != "APPROX" && precedes($0.0, t, floor: floor) }) {
                        extend(&item, toToken: t - outer.count)
                        item.mod = bound + "-APPROX"
                    }
                }
                if suffixed, let (words, mod) = tables.temporalWords.relationSuffixes.first(where: { follows($0.0, e, ceiling: ceiling) }) {
                    item.extend(throughToken: e + words.count, in: tokens)
                    item.mod = mod
                }
            }
            items[n] = item
        }
        return items
    }

    /// A cardinal written as a four-digit year, as a date.
    private func asYear(_ item: NumberExpression) -> NumberExpression? {
        guard case .number(let v)? = item.value, let k = item.firstToken, tokens[k].end == item.end,
              let y = temporal.yearToken(at: k), Double(y) == v else { return nil }
        var d = item
        d.kind = .date
        d.value = .string(String(y))
        d.timex = String(y)
        return d
    }

    /// "Monday afternoon" is a datetime (XXXX-WXX-1TAF), "Friday mornings" a set.
    private func dayPart(_ item: inout NumberExpression) {
        guard let timex = item.timex, timex.utf8.count == 10 || timex.hasPrefix("XXXX-WXX-"),
              let e = item.lastToken, e + 1 < tokens.count else { return }
        var w = lower[e + 1]
        let plural = w.hasSuffix("s") && timex.hasPrefix("XXXX-WXX-")
        if plural { w.removeLast() }
        guard let part = tables.temporalWords.dayParts[w] else { return }
        item.extend(throughToken: e + 1, in: tokens)
        item.kind = plural ? .set : .datetime
        item.timex = timex + part
    }

    /// "the morning of 5 May" is XXXX-05-05TMO, "the night of Saturday" XXXX-WXX-6TNI: the part of
    /// the day the date after it names. Whether it was one.
    private func partBefore(_ item: inout NumberExpression, floor: Int) -> Bool {
        guard let timex = item.timex, timex.utf8.count == 10, let s = item.firstToken, s >= 3, lower[s - 1] == "of",
              let part = tables.temporalWords.dayParts[lower[s - 2]], precedes(["the"], s - 2, floor: floor) else { return false }
        extend(&item, toToken: s - 3)
        item.kind = .datetime
        item.timex = timex + part
        if case .string(let v)? = item.value, v.utf8.count == 10 { item.value = .string(v + part) }
        return true
    }

    /// Whether `words` are the tokens just before token `s`, after scalar offset `floor`.
    private func precedes(_ words: [String], _ s: Int, floor: Int) -> Bool {
        let from = s - words.count
        guard from >= 0, tokens[from].start >= floor else { return false }
        for (k, w) in words.enumerated() where lower[from + k] != w { return false }
        return true
    }

    /// Whether `words` are the tokens just after token `e`, before scalar offset `ceiling`.
    private func follows(_ words: [String], _ e: Int, ceiling: Int) -> Bool {
        let last = e + words.count
        guard last < tokens.count, tokens[last].end <= ceiling else { return false }
        // "before 2010 or after 2018": the words open the next expression instead.
        if last + 1 < tokens.count, tokens[last + 1].start == ceiling { return false }
        for (k, w) in words.enumerated() where lower[e + 1 + k] != w { return false }
        return true
    }

    /// "the week of 5 May", "during the week of March 3, 2024", "w/c 4 February",
    /// "week commencing Feb 4": a week named by one of its days. Recognizers-Text
    /// gives it the day's timex and the span of the phrase; a bare ordinal
    /// there is a day of an unnamed month ("the week of the 18th" is XXXX-XX-18).
    func weeksOfDays(_ items: consuming [NumberExpression]) -> [NumberExpression] {
        for n in items.indices where items[n].kind == .date || items[n].kind == .ordinal {
            guard let s = items[n].firstToken else { continue }
            let floor = n > 0 ? items[n - 1].end : 0
            if items[n].kind == .ordinal {
                if let week = weekOfDay(items[n], floor: floor) { items[n] = week }
                continue
            }
            guard let t = items[n].timex, t.utf8.count == 10, !t.contains("W") else { continue }
            guard let lead = tables.temporalWords.weekOfLeads.first(where: { precedes($0, s, floor: floor) }) else { continue }
            let from = s - lead.count
            extend(&items[n], toToken: precedes(["the"], from, floor: floor) ? from - 1 : from)
        }
        return items
    }

    /// "w/c the 4th", "the week of the 18th": an ordinal day after a week's lead, as a date (XXXX-XX-18).
    func weekOfDay(_ a: NumberExpression, floor: Int) -> NumberExpression? {
        guard a.kind == .ordinal, let s = a.firstToken, tokens[s].kind == .word, tokens[s].hasDigit, a.end == tokens[s].end,
              let (d, _) = temporal.dayAt(s), !countsSomething(after: a) else { return nil }
        let k = precedes(["the"], s, floor: floor) ? s - 1 : s
        guard let lead = tables.temporalWords.weekOfLeads.first(where: { precedes($0, k, floor: floor) }) else { return nil }
        var r = NumberExpression(spanOf: a, kind: .date)
        r.timex = "XXXX-XX-\(CivilDate.pad(d, 2))"
        extend(&r, toToken: precedes(["the"], k - lead.count, floor: floor) ? k - lead.count - 1 : k - lead.count)
        return r
    }

    private func extend(_ item: inout NumberExpression, toToken t: Int) { item.extend(toToken: t, in: tokens) }
}
