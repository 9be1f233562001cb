import Copydesk

/// Joins the temporal pieces found one by one into the expressions they
/// form together: a date and a time make a datetime ("tomorrow at 8am",
/// "3pm on Monday"), two times joined by "to", "-" or "and" make a time
/// range ("5 to 6pm" is `(T17,T18,PT1H)`), as Recognizers-Text writes them.
extension NumberRecognizer {
    func compose(_ items: consuming [NumberExpression]) -> [NumberExpression] {
        guard items.contains(where: \.kind.isTemporal) else { return items }
        return joinNeighbours(consume items) { a, b, gap, first in join(a, b, gap: gap.map { lower[$0] }, firstToken: first) }
    }

    /// Offers each pair of neighbouring expressions to `join` (with the
    /// tokens between them and the first token of the left one) and puts
    /// what it makes in their place. Numbers listed inside an expression
    /// ("3" in "3 years") stay after it and are not neighbours.
    ///
    /// `items` is consumed and let go of before the result is assembled: on a
    /// 10 MB document every array of the expressions is megabytes.
    func joinNeighbours(_ items: consuming [NumberExpression], _ join: (NumberExpression, NumberExpression, Range<Int>, Int) -> NumberExpression?) -> [NumberExpression] {
        // Most documents have no two expressions close enough, one of them temporal: nothing to build then.
        func candidate(_ a: NumberExpression) -> Bool { a.kind.isTemporal || Self.mayBeYear(a) }
        var outer = 0, any = false
        for n in items.indices.dropFirst() {
            let a = items[outer], b = items[n]
            if b.start >= a.start, b.end <= a.end { continue } // listed inside `a`
            if a.end <= b.start, b.start - a.end < 40, candidate(a) || candidate(b) { any = true; break }
            outer = n
        }
        guard any else { return items }
        var out: [NumberExpression] = [], inners: [[NumberExpression]] = []
        out.reserveCapacity(items.count)
        inners.reserveCapacity(items.count)
        for item in copy items {
            if let last = out.last, last.kind != .cardinal, item.kind == .cardinal, item.start >= last.start, item.end <= last.end {
                inners[inners.count - 1].append(item)
                continue
            }
            // No join spans more than three words between its parts.
            guard let previous = out.last, previous.end <= item.start, item.start - previous.end < 40,
                  let first = previous.firstToken,
                  let gapFrom = previous.lastToken.map({ $0 + 1 }), let gapTo = item.firstToken,
                  gapTo - gapFrom <= 3, let merged = join(previous, item, gapFrom..<gapTo, first) else {
                out.append(item)
                inners.append([])
                continue
            }
            out.removeLast()
            var kept = inners.removeLast()
            // A number the joined expression begins with ("5" of "5 to 6pm") is part of it now.
            while let last = out.last, last.start >= merged.start, last.kind == .cardinal || last.kind == .ordinal {
                out.removeLast()
                kept += inners.removeLast()
            }
            out.append(merged)
            inners.append(kept)
            // What was made may join its left neighbour in turn: "the 17" + "from 2pm to 4pm".
            while out.count >= 2, let m = rejoin(out[out.count - 2], out[out.count - 1], join) {
                let last = inners.removeLast()
                out.removeLast(2)
                inners[inners.count - 1] += last
                out.append(m)
            }
        }
        _ = consume items
        // Numbers listed inside what was joined are rare: most often `out` is the result.
        if inners.allSatisfy(\.isEmpty) { return out }
        var all: [NumberExpression] = []
        all.reserveCapacity(out.count + inners.reduce(0) { $0 + $1.count })
        func rejoin(_ a: NumberExpression, _ b: NumberExpression, _ join: (NumberExpression, NumberExpression, Range<Int>, Int) -> NumberExpression?) -> NumberExpression? {
            guard a.end <= b.start, let first = a.firstToken, let from = a.lastToken.map({ $0 + 1 }),
                  let to = b.firstToken else { return nil }
            return join(a, b, from..<to, first)
        }
        for (o, inside) in zip(out, inners) {
            all.append(o)
            all.append(contentsOf: inside)
        }
        return all
    }

    private func join(_ a: NumberExpression, _ b: NumberExpression, gap: [String], firstToken: Int?) -> NumberExpression? {
        let linked = gap.count <= 2 && gap.allSatisfy(tables.temporalWords.linkers.contains)
        if let r = joinSetOrWeek(a, b, gap: gap) { return r }
        if let r = joinDays(a, b, gap: gap) { return r }
        if let r = joinOrdinalDay(a, b, gap: gap, firstToken: firstToken) { return r }
        if let r = joinPeriodTo(a, b, gap: gap, firstToken: firstToken) { return r }
        if let r = joinDurations(a, b, gap: gap, firstToken: firstToken) { return r }
        if let r = joinStart(a, b, gap: gap) { return r }
        if let r = joinDatetimes(a, b, gap: gap, firstToken: firstToken) { return r }
        // A part of the day and a clock: "8am this morning", "tonight at 1am", "5 in the morning", "in the morning at 7".
        // "Tuesday at 10 in the morning": a day's bare hour put in the part of the day after it.
        if a.kind == .datetime, gap.isEmpty, let p = dayPart(of: b), p.day == nil, let (d, c) = Self.dayAndClock(a.timex ?? ""),
           let k = a.lastToken, tokens[k].kind == .number, lower[k].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            var r = NumberExpression(a, b, kind: .datetime)
            r.timex = d + inPart(TemporalRecognizer.Clock(hour: c.0, minute: c.1), p.part).timex
            return r
        }
        if let part = dayPart(of: a), gap.isEmpty || gap == ["at"] || gap == ["around"] || gap == ["by"], let c = clock(of: b, loose: true) {
            return withPart(part, c, span: (a, b))
        }
        // "7 o'clock on Friday evening": a clock on a day's part.
        if let part = dayPart(of: b), gap.isEmpty || (gap == ["on"] && part.day != nil), let c = clock(of: a, loose: a.kind == .cardinal && gap.isEmpty) {
            return withPart(part, c, span: (a, b))
        }
        // A day and a time range: "Monday 8-9am", "3:00 to 4:00 tomorrow", "this evening from 7 to 7:30".
        if linked, let r = timeRange(of: b), let day = dayOf(a) { return datetimeRange(day, r, part: dayPart(of: a)?.part, span: (a, b)) }
        if linked, let r = timeRange(of: a), let day = dayOf(b) { return datetimeRange(day, r, part: dayPart(of: b)?.part, span: (a, b)) }
        // date + time, time + date; "Sat at 5", "Monday at 2.30".
        if a.kind == .date, linked, let c = clock(of: b, loose: gap == ["at"] && !namesSomething(after: b)) { return datetime(date: a, time: c, span: (a, b)) }
        if b.kind == .date, linked, a.kind == .time, let c = clock(of: a, loose: false) { return datetime(date: b, time: c, span: (a, b)) }
        // "tomorrow before 5pm", "Feb 1st no later than 6:00": a time of the day, bounded.
        if a.kind == .date, !gap.isEmpty, let mod = tables.temporalWords.relationPrefixes.first(where: { $0.0 == gap })?.1, let c = clock(of: b, loose: false),
           var r = datetime(date: a, time: c, span: (a, b)) {
            r.mod = mod
            return r
        }
        // time ranges: "5 to 6pm", "2-4pm", "from 10:30 to 3", "between 2 and 4pm"
        guard gap.count == 1, tables.temporalWords.rangeWords.contains(gap[0]),
              let endClock = b.kind == .time ? Self.clock(b.timex) : bareEnd(of: a, b, firstToken: firstToken) else { return nil }
        var startClock: (Int, Int, String)?
        if a.kind == .time { startClock = Self.clock(a.timex) }
        if a.kind == .cardinal, let c = clock(of: a, loose: true) {
            var h = c.hour
            if endClock.0 >= 12, h < 12, h + 12 <= endClock.0 { h += 12 }
            startClock = (h, c.minute, TemporalRecognizer.Clock(hour: h, minute: c.minute, writtenMinutes: c.writtenMinutes).timex)
        }
        guard let (startHour, m1, startText) = startClock else { return nil }
        var h1 = startHour, startTimex = startText
        if gap[0] == "and", let f = firstToken, f == 0 || lower[f - 1] != "between" { return nil }
        // "2:20 to 3pm": an unmarked start takes the end's afternoon when it fits.
        if a.kind == .time, endClock.0 >= 12, h1 < 12, (h1 + 12) * 60 + m1 < endClock.0 * 60 + endClock.1, !saysMeridiem(a) {
            h1 += 12
            startTimex = TemporalRecognizer.Clock(hour: h1, minute: m1, writtenMinutes: startTimex.contains(":")).timex
        }
        var minutes = (endClock.0 * 60 + endClock.1) - (h1 * 60 + m1)
        if minutes <= 0 { minutes += 24 * 60 }
        var r = NumberExpression(a, b, kind: .time)
        if let f = firstToken, f > 0, ["from", "between"].contains(lower[f - 1]) { r.extend(toToken: f - 1, in: tokens) }
        r.timex = "(\(startTimex),\(endClock.2),\(Self.hours(minutes)))"
        return r
    }

    static func hours(_ minutes: Int) -> String {
        "PT" + (minutes / 60 > 0 ? "\(minutes / 60)H" : "") + (minutes % 60 > 0 ? "\(minutes % 60)M" : "")
    }

    /// The clock an annotation says: a time, or where `loose`, a bare hour ("at 5", "at 2.30").
    func clock(of a: NumberExpression, loose: Bool) -> TemporalRecognizer.Clock? {
        if a.kind == .time, let (h, m, timex) = Self.clock(a.timex), !timex.hasPrefix("(") {
            var c = TemporalRecognizer.Clock(hour: h, minute: m, writtenMinutes: timex.contains(":"), meridiem: saysMeridiem(a) || h > 12)
            let parts = timex.split(separator: ":")
            if parts.count == 3 { c.second = Int(parts[2]) }
            return c
        }
        guard loose, a.kind == .cardinal, case .number(let v)? = a.value, (0...23).contains(v) else { return nil }
        if v == v.rounded() { return TemporalRecognizer.Clock(hour: Int(v)) }
        let parts = words(a).split(separator: ".")
        guard parts.count == 2, parts[1].utf8.count == 2, let m = Int(parts[1]), m < 60 else { return nil }
        return TemporalRecognizer.Clock(hour: Int(v), minute: m, writtenMinutes: true)
    }

    /// "at 10 Downing Street", "at 5 points": a number that is no hour.
    private func namesSomething(after a: NumberExpression) -> Bool {
        guard let e = a.lastToken, e + 1 < tokens.count else { return false }
        return countsSomething(after: a) || (tokens[e + 1].isCapitalized && !tables.temporalWords.linkers.contains(lower[e + 1]))
    }

    func saysMeridiem(_ a: NumberExpression) -> Bool {
        let t = words(a).lowercased().replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
        // "3 in the morning" says it as well as "3am".
        if t.hasSuffix("morning") || t.hasSuffix("afternoon") || t.hasSuffix("evening") || t.hasSuffix("night") { return true }
        return t.hasSuffix("am") || t.hasSuffix("pm") || t.hasSuffix("a") || t.hasSuffix("p")
    }

    /// A part of the day an annotation names, with its day if it has one: "TMO", "2016-11-07TMO".
    private func dayPart(of a: NumberExpression) -> (day: String?, part: String)? {
        guard a.kind == .time || a.kind == .datetime, let t = a.timex else { return nil }
        for p in ["TMO", "TAF", "TEV", "TNI", "TDT"] where t.hasSuffix(p) {
            let day = String(t.dropLast(3))
            return (day.isEmpty ? nil : day, p)
        }
        return nil
    }

    /// The clock moved into its part of the day: 8 in the evening is T20.
    func inPart(_ c: TemporalRecognizer.Clock, _ part: String) -> TemporalRecognizer.Clock {
        var c = c
        if !c.meridiem, c.hour < 12, part == "TAF" || part == "TEV" || (part == "TNI" && c.hour >= 6) { c.hour += 12 }
        return c
    }

    private func withPart(_ part: (day: String?, part: String), _ c: TemporalRecognizer.Clock, span: (NumberExpression, NumberExpression)) -> NumberExpression {
        let c = inPart(c, part.part)
        var r = NumberExpression(span.0, span.1, kind: part.day == nil ? .time : .datetime)
        r.timex = (part.day ?? "") + c.timex
        if let day = part.day, !day.hasPrefix("X") { r.value = .string(day + c.timex) }
        return r
    }

    /// The single day an annotation names: "2016-11-08", "XXXX-WXX-1", also from "tomorrow evening".
    private func dayOf(_ a: NumberExpression) -> String? {
        if let p = dayPart(of: a) { return p.day }
        guard a.kind == .date, let d = a.timex, d.utf8.count == 10 || d.hasPrefix("XXXX-WXX-"), !d.hasPrefix("(") else { return nil }
        return d
    }

    private func timeRange(of a: NumberExpression) -> (TemporalRecognizer.Clock, TemporalRecognizer.Clock, String)? {
        // "Monday 3-8", "between 3 and 8 yesterday": a range of hours beside a day.
        if a.kind == .range, a.unit == nil, let lo = a.min, let hi = a.max, lo == lo.rounded(), hi == hi.rounded(), (0...24).contains(lo), (0...24).contains(hi) {
            var end = Int(hi)
            if end <= Int(lo), end + 12 > Int(lo), end + 12 <= 24 { end += 12 }
            guard end > Int(lo) else { return nil }
            return (TemporalRecognizer.Clock(hour: Int(lo)), TemporalRecognizer.Clock(hour: end), Self.hours((end - Int(lo)) * 60))
        }
        guard a.kind == .time, let t = a.timex, t.hasPrefix("(") else { return nil }
        let parts = t.dropFirst().dropLast().split(separator: ",")
        guard parts.count == 3, let s = Self.clock(String(parts[0])), let e = Self.clock(String(parts[1])) else { return nil }
        let c1 = TemporalRecognizer.Clock(hour: s.0, minute: s.1, writtenMinutes: parts[0].contains(":"))
        let c2 = TemporalRecognizer.Clock(hour: e.0, minute: e.1, writtenMinutes: parts[1].contains(":"))
        return (c1, c2, String(parts[2]))
    }

    private func datetimeRange(_ day: String, _ r: (TemporalRecognizer.Clock, TemporalRecognizer.Clock, String), part: String?,
                               span: (NumberExpression, NumberExpression)) -> NumberExpression {
        var (c1, c2, duration) = r
        if let part, !(c1.hour >= 12 || c2.hour >= 12) {
            c1 = inPart(c1, part)
            c2 = inPart(c2, part)
        }
        var r = NumberExpression(span.0, span.1, kind: .datetime)
        r.timex = "(\(day)\(c1.timex),\(day)\(c2.timex),\(duration))"
        return r
    }

    private func datetime(date: NumberExpression, time: TemporalRecognizer.Clock, span: (NumberExpression, NumberExpression)) -> NumberExpression? {
        guard let d = date.timex, d.utf8.count == 10 || d.hasPrefix("XXXX-WXX-"), !d.hasPrefix("(") else { return nil }
        var r = NumberExpression(span.0, span.1, kind: .datetime)
        r.timex = d + time.timex
        if case .string(let v)? = date.value, v.utf8.count == 10 { r.value = .string(v + time.timex) }
        return r
    }

    /// (hour, minute, timex) of a clock timex such as T17 or T04:30.
    static func clock(_ timex: String?) -> (Int, Int, String)? {
        guard let timex, timex.hasPrefix("T") else { return nil }
        let parts = timex.dropFirst().split(separator: ":").compactMap { Int($0) }
        guard let h = parts.first, (0...24).contains(h) else { return nil }
        return (h, parts.count > 1 ? parts[1] : 0, timex)
    }
}

extension NumberKind {
    var isTemporal: Bool { [.date, .time, .datetime, .duration, .set].contains(self) }
}

extension NumberRecognizer {
    /// "Friday 7/6", "Tuesday, Jan 15" (the weekday names the date's day);
    /// "2 weeks from January 15", "two months after next Friday" (a day moved);
    /// "Tuesday at 2:00 - 2:30 pm" (a datetime that turns out to start a range).
    fileprivate func joinDays(_ a: NumberExpression, _ b: NumberExpression, gap: [String]) -> NumberExpression? {
        // "in October last year", "on 5 March this year": the month or day of that year.
        if a.kind == .date, b.kind == .date, gap.isEmpty, let t = a.timex, t.hasPrefix("XXXX-"), !t.hasPrefix("XXXX-W"), t.utf8.count <= 10,
           let y = b.timex, y.utf8.count == 4, y.allSatisfy(\.isNumber), let e = b.lastToken, lower[e] == "year", a.mod == nil {
            var r = NumberExpression(a, b, kind: .date)
            r.timex = y + t.dropFirst(4)
            r.value = r.timex.map { .string($0) }
            return r
        }
        // "Jan 26 07:38:16 2014": C's asctime writes the year after the clock.
        if a.kind == .datetime, gap.isEmpty, let t = a.timex, t.hasPrefix("XXXX-"), !t.hasPrefix("XXXX-W"), t.contains(":"),
           let e = a.lastToken, lower[e].utf8.contains(UInt8(ascii: ":")), let k = b.firstToken, b.lastToken == k,
           let y = temporal.yearToken(at: k), let m = Int(t.dropFirst(5).prefix(2)), let d = Int(t.dropFirst(8).prefix(2)),
           (1...12).contains(m), (1...DocumentDate.daysInMonth(year: y, month: m)).contains(d) {
            var r = NumberExpression(a, b, kind: .datetime)
            r.timex = "\(y)" + t.dropFirst(4)
            r.value = r.timex.map { .string($0) }
            return r
        }
        if a.kind == .date, let e = a.lastToken, TemporalRecognizer.weekdays[lower[e]] != nil, gap.isEmpty || gap == [","],
           b.kind == .date || b.kind == .datetime, let t = b.timex, t.utf8.count >= 10, !t.hasPrefix("("), !t.hasPrefix("XXXX-WXX") {
            var r = b
            r.extend(from: a)
            // "Monday two weeks from now": that weekday in the week (Sunday to Saturday) of the day counted.
            if b.kind == .date, let w = a.timex, w.hasPrefix("XXXX-WXX-"), let weekday = w.last?.wholeNumberValue,
               case .string(let v)? = b.value, v == t, let day = CivilDate(iso: v) {
                let moved = day.adding(days: weekday % 7 - day.weekday % 7).iso
                r.timex = moved
                r.value = .string(moved)
            }
            return r
        }
        if a.kind == .duration, gap.count == 1, ["from", "after", "before"].contains(gap[0]), b.kind == .date,
           let parts = a.timex.flatMap(Self.durationParts), parts.count == 1, !parts[0].1.hasPrefix("T"),
           case .string(let v)? = b.value, let day = CivilDate(iso: v), v.utf8.count == 10,
           let moved = TemporalRecognizer.shift(day, gap[0] == "before" ? -parts[0].0 : parts[0].0, parts[0].1) {
            var r = NumberExpression(a, b, kind: .date)
            r.timex = moved.iso
            r.value = .string(moved.iso)
            return r
        }
        // "tomorrow 10am – 2pm", "Monday 9am to 5pm": a day's clock and a later clock ("and" only after "between").
        if a.kind == .datetime, gap.count == 1, gap[0] != "and", tables.temporalWords.rangeWords.contains(gap[0]), b.kind == .time,
           let t = a.timex, let tIndex = t.lastIndex(of: "T"), t.distance(from: t.startIndex, to: tIndex) >= 10, !t.hasPrefix("("),
           let (h2, m2, endTimex) = Self.clock(b.timex), !endTimex.hasPrefix("("), let (h, m, _) = Self.clock(String(t[tIndex...])) {
            let day = String(t[..<tIndex])
            var h1 = h
            if h2 >= 12, h1 < 12, h1 + 12 <= h2 { h1 += 12 }
            var minutes = (h2 * 60 + m2) - (h1 * 60 + m)
            if minutes <= 0 { minutes += 24 * 60 }
            let startTimex = TemporalRecognizer.Clock(hour: h1, minute: m, writtenMinutes: t[tIndex...].contains(":")).timex
            var r = NumberExpression(a, b, kind: .datetime)
            r.timex = "(\(day)\(startTimex),\(day)\(endTimex),\(Self.hours(minutes)))"
            return r
        }
        return nil
    }
}
