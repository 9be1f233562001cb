import Copydesk

/// Joins the temporal pieces found one by one into the expressions they
/// form together: a date and a time make a datetime ("tomorrow at 8am",
/// "3pm on Monday"), two times joined by "to", "-" or "and" make a time
/// range ("5 to 6pm" is `(T17,T18,PT1H)`), as Recognizers-Text writes them.
extension NumberRecognizer {
    func compose(_ items: [NumberAnnotation]) -> [NumberAnnotation] {
        guard items.contains(where: { $0.kind == .time || $0.kind == .datetime || $0.kind == .date }) else { return items }
        var out: [NumberAnnotation] = []
        for item in items {
            guard let previous = out.last, previous.end <= item.start,
                  let gapFrom = tokenIndex(endingAt: previous.end).map({ $0 + 1 }), let gapTo = tokenIndex(startingAt: item.start) else {
                out.append(item)
                continue
            }
            let gap = (gapFrom..<gapTo).map { lower[$0] }
            if let merged = join(previous, item, gap: gap, firstToken: tokenIndex(startingAt: previous.start)) {
                out.removeLast()
                // A cardinal swallowed by a range may still be listed just before it.
                while let last = out.last, last.start >= merged.start, last.kind == .cardinal { out.removeLast() }
                out.append(merged)
            } else {
                out.append(item)
            }
        }
        return out
    }

    static let linkers: Set<String> = ["at", "on", ",", "around", "by", "-", "for"]
    static let rangeWords: Set<String> = ["to", "-", "until", "till", "and", "through"]

    private func join(_ a: NumberAnnotation, _ b: NumberAnnotation, gap: [String], firstToken: Int?) -> NumberAnnotation? {
        let linked = gap.count <= 2 && gap.allSatisfy(Self.linkers.contains)
        // A part of the day and a clock: "8am this morning", "tonight at 1am", "5 in the morning", "in the morning at 7".
        if let part = dayPart(of: a), gap.isEmpty || gap == ["at"] || gap == ["around"] || gap == ["by"], let c = clock(of: b, loose: true) {
            return withPart(part, c, span: (a, b))
        }
        if let part = dayPart(of: b), gap.isEmpty, let c = clock(of: a, loose: a.kind == .cardinal) {
            return withPart(part, c, span: (a, b))
        }
        // A day and a time range: "Monday 8-9am", "3:00 to 4:00 tomorrow", "this evening from 7 to 7:30".
        if linked, let r = timeRange(of: b), let day = dayOf(a) { return datetimeRange(day, r, part: dayPart(of: a)?.part, span: (a, b)) }
        if linked, let r = timeRange(of: a), let day = dayOf(b) { return datetimeRange(day, r, part: dayPart(of: b)?.part, span: (a, b)) }
        // date + time, time + date; "Sat at 5", "Monday at 2.30".
        if a.kind == .date, linked, let c = clock(of: b, loose: gap == ["at"] && !namesSomething(after: b.end)) { return datetime(date: a, time: c, span: (a, b)) }
        if b.kind == .date, linked, a.kind == .time, let c = clock(of: a, loose: false) { return datetime(date: b, time: c, span: (a, b)) }
        // time ranges: "5 to 6pm", "2-4pm", "from 10:30 to 3", "between 2 and 4pm"
        guard b.kind == .time, let endClock = Self.clock(b.timex), gap.count == 1, Self.rangeWords.contains(gap[0]) else { return nil }
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
        if a.kind == .time, endClock.0 >= 12, h1 < 12, h1 + 12 <= endClock.0, !saysMeridiem(a) {
            h1 += 12
            startTimex = TemporalRecognizer.Clock(hour: h1, minute: m1, writtenMinutes: startTimex.contains(":")).timex
        }
        var minutes = (endClock.0 * 60 + endClock.1) - (h1 * 60 + m1)
        if minutes <= 0 { minutes += 24 * 60 }
        var start = a.start
        if let f = firstToken, f > 0, ["from", "between"].contains(lower[f - 1]) { start = tokens[f - 1].start }
        var r = NumberAnnotation(start: start, end: b.end, text: "", kind: .time)
        r.timex = "(\(startTimex),\(b.timex ?? ""),\(Self.hours(minutes)))"
        r.text = slice(r.start, r.end)
        return r
    }

    static func hours(_ minutes: Int) -> String {
        "PT" + (minutes / 60 > 0 ? "\(minutes / 60)H" : "") + (minutes % 60 > 0 ? "\(minutes % 60)M" : "")
    }

    /// The clock an annotation says: a time, or where `loose`, a bare hour ("at 5", "at 2.30").
    private func clock(of a: NumberAnnotation, loose: Bool) -> TemporalRecognizer.Clock? {
        if a.kind == .time, let (h, m, timex) = Self.clock(a.timex), !timex.hasPrefix("(") {
            var c = TemporalRecognizer.Clock(hour: h, minute: m, writtenMinutes: timex.contains(":"), meridiem: saysMeridiem(a) || h > 12)
            let parts = timex.split(separator: ":")
            if parts.count == 3 { c.second = Int(parts[2]) }
            return c
        }
        guard loose, a.kind == .cardinal, case .number(let v)? = a.value, (0...23).contains(v) else { return nil }
        if v == v.rounded() { return TemporalRecognizer.Clock(hour: Int(v)) }
        let parts = a.text.split(separator: ".")
        guard parts.count == 2, parts[1].utf8.count == 2, let m = Int(parts[1]), m < 60 else { return nil }
        return TemporalRecognizer.Clock(hour: Int(v), minute: m, writtenMinutes: true)
    }

    /// "at 10 Downing Street", "at 5 points": a number that is no hour.
    private func namesSomething(after end: Int) -> Bool {
        guard let e = tokenIndex(endingAt: end), e + 1 < tokens.count else { return false }
        return countsSomething(after: end) || (tokens[e + 1].isCapitalized && !Self.linkers.contains(lower[e + 1]))
    }

    private func saysMeridiem(_ a: NumberAnnotation) -> Bool {
        let t = a.text.lowercased().replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
        return t.hasSuffix("am") || t.hasSuffix("pm") || t.hasSuffix("a") || t.hasSuffix("p")
    }

    /// A part of the day an annotation names, with its day if it has one: "TMO", "2016-11-07TMO".
    private func dayPart(of a: NumberAnnotation) -> (day: String?, part: String)? {
        guard a.kind == .time || a.kind == .datetime, let t = a.timex else { return nil }
        for p in ["TMO", "TAF", "TEV", "TNI", "TDT"] where t.hasSuffix(p) {
            let day = String(t.dropLast(3))
            return (day.isEmpty ? nil : day, p)
        }
        return nil
    }

    /// The clock moved into its part of the day: 8 in the evening is T20.
    private func inPart(_ c: TemporalRecognizer.Clock, _ part: String) -> TemporalRecognizer.Clock {
        var c = c
        if !c.meridiem, c.hour < 12, part == "TAF" || part == "TEV" || (part == "TNI" && c.hour >= 6) { c.hour += 12 }
        return c
    }

    private func withPart(_ part: (day: String?, part: String), _ c: TemporalRecognizer.Clock, span: (NumberAnnotation, NumberAnnotation)) -> NumberAnnotation {
        let c = inPart(c, part.part)
        var r = NumberAnnotation(start: span.0.start, end: span.1.end, text: slice(span.0.start, span.1.end), kind: part.day == nil ? .time : .datetime)
        r.timex = (part.day ?? "") + c.timex
        if let day = part.day, !day.hasPrefix("X") { r.value = .string(day + c.timex) }
        return r
    }

    /// The single day an annotation names: "2016-11-08", "XXXX-WXX-1", also from "tomorrow evening".
    private func dayOf(_ a: NumberAnnotation) -> String? {
        if let p = dayPart(of: a) { return p.day }
        guard a.kind == .date, let d = a.timex, d.utf8.count == 10 || d.hasPrefix("XXXX-WXX-"), !d.hasPrefix("(") else { return nil }
        return d
    }

    private func timeRange(of a: NumberAnnotation) -> (TemporalRecognizer.Clock, TemporalRecognizer.Clock, String)? {
        guard a.kind == .time, let t = a.timex, t.hasPrefix("(") else { return nil }
        let parts = t.dropFirst().dropLast().split(separator: ",")
        guard parts.count == 3, let s = Self.clock(String(parts[0])), let e = Self.clock(String(parts[1])) else { return nil }
        let c1 = TemporalRecognizer.Clock(hour: s.0, minute: s.1, writtenMinutes: parts[0].contains(":"))
        let c2 = TemporalRecognizer.Clock(hour: e.0, minute: e.1, writtenMinutes: parts[1].contains(":"))
        return (c1, c2, String(parts[2]))
    }

    private func datetimeRange(_ day: String, _ r: (TemporalRecognizer.Clock, TemporalRecognizer.Clock, String), part: String?,
                               span: (NumberAnnotation, NumberAnnotation)) -> NumberAnnotation {
        var (c1, c2, duration) = r
        if let part, !(c1.hour >= 12 || c2.hour >= 12) {
            c1 = inPart(c1, part)
            c2 = inPart(c2, part)
        }
        var r = NumberAnnotation(start: span.0.start, end: span.1.end, text: slice(span.0.start, span.1.end), kind: .datetime)
        r.timex = "(\(day)\(c1.timex),\(day)\(c2.timex),\(duration))"
        return r
    }

    private func datetime(date: NumberAnnotation, time: TemporalRecognizer.Clock, span: (NumberAnnotation, NumberAnnotation)) -> NumberAnnotation? {
        guard let d = date.timex, d.utf8.count == 10 || d.hasPrefix("XXXX-WXX-"), !d.hasPrefix("(") else { return nil }
        var r = NumberAnnotation(start: span.0.start, end: span.1.end, text: slice(span.0.start, span.1.end), kind: .datetime)
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

    /// The token starting at scalar `offset`.
    func tokenIndex(startingAt offset: Int) -> Int? { tokenIndex(\.start, offset) }

    /// The token ending at scalar `offset`.
    func tokenIndex(endingAt offset: Int) -> Int? { tokenIndex(\.end, offset) }

    /// Binary search on a token offset (tokens are in text order, so both offsets ascend).
    private func tokenIndex(_ key: KeyPath<Token, Int>, _ offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid][keyPath: key] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo][keyPath: key] == offset ? lo : nil
    }

    /// The text between two scalar offsets on token boundaries.
    func slice(_ start: Int, _ end: Int) -> String {
        guard let a = tokenIndex(startingAt: start), let b = tokenIndex(endingAt: end) else { return "" }
        return text.string(bytes: tokens[a].byteStart..<tokens[b].byteEnd)
    }
}

extension NumberKind {
    var isTemporal: Bool { [.date, .time, .datetime, .duration, .set].contains(self) }
}
